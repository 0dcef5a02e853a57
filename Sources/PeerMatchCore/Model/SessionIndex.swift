#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session log prepared for filtering and searching as fast as a person
/// types: every session's search text is folded once (`SearchFolding.fold`)
/// into one contiguous byte buffer, so a search is one `memchr`/`memcmp`
/// scan over it rather than a string comparison per session. Build once per load
/// (O(total text)); each query is O(sessions + buffer bytes).
public struct SessionIndex: Sendable {
    /// The forum's sessions, in date order.
    public let sessions: [Session]
    /// Folded search text of every session, each ended by a 0 byte.
    private let text: [UInt8]
    /// `text` offset where session i's text starts; one extra entry at the end.
    private let starts: [Int]

    public init(_ data: ForumData) {
        sessions = data.sessions
        var foldedNames = [String: String](minimumCapacity: data.cities.count)
        for c in data.cities { foldedNames[c.id] = SearchFolding.fold(c.name) }
        var text: [UInt8] = []
        text.reserveCapacity(sessions.count * 96)
        var starts: [Int] = []
        starts.reserveCapacity(sessions.count + 1)
        let separator: UInt8 = 0x1F
        for s in sessions {
            starts.append(text.count)
            text.append(contentsOf: s.id.utf8)
            for c in s.attendingCities {
                text.append(separator)
                text.append(contentsOf: c.utf8)
                if let name = foldedNames[c] {
                    text.append(separator)
                    text.append(contentsOf: name.utf8)
                }
            }
            text.append(separator)
            text.append(contentsOf: s.format.rawValue.utf8)
            if let a = s.area {
                text.append(separator)
                text.append(contentsOf: a.utf8)
            }
            for free in [s.outcome, s.followUp] where !free.isEmpty {
                text.append(separator)
                text.append(contentsOf: SearchFolding.fold(free).utf8)
            }
            text.append(0)
        }
        starts.append(text.count)
        self.text = text
        self.starts = starts
    }

    /// Positions in `sessions` of the sessions that pass `filter`, in date order.
    public func matching(_ filter: SessionFilter) -> [Int] {
        let query = Array(SearchFolding.fold(filter.search).utf8)
        if query.isEmpty {
            return sessions.indices.filter { filter.matchesFields(sessions[$0]) }
        }
        var out: [Int] = []
        text.withUnsafeBytes { hay in
            query.withUnsafeBytes { needle in
                var from = 0
                while let offset = Self.find(needle, in: hay, from: from) {
                    let i = sessionContaining(offset)
                    if filter.matchesFields(sessions[i]) { out.append(i) }
                    from = starts[i + 1] // one hit per session is enough
                }
            }
        }
        return out
    }

    /// The first occurrence of `needle` at or after `from`: `memchr` jumps to
    /// each candidate first byte (vectorised in libc), `memcmp` checks the rest.
    /// (Glibc's `memmem` is not visible to Swift.)
    private static func find(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let base = hay.baseAddress, let n = needle.baseAddress, needle.count > 0 else { return nil }
        let first = Int32(needle[0])
        let last = hay.count - needle.count
        var at = from
        while at <= last {
            guard let p = memchr(base + at, first, last - at + 1) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(p))
            if memcmp(p, n, needle.count) == 0 { return offset }
            at = offset + 1
        }
        return nil
    }

    /// The session whose text holds byte `offset` (binary search).
    private func sessionContaining(_ offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid }
        }
        return lo
    }
}
