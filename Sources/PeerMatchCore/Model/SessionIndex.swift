#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session log prepared for filtering and searching as fast as a person
/// types. Every session's search text is folded once (`SearchFolding.fold`)
/// into one contiguous byte buffer, so a search is one `memchr`/`memcmp`
/// scan over it rather than a string comparison per session. City ids and
/// names are searched once per city, not once per session that names them
/// (a session's pilot, peer and event cities are codes); the fields
/// filters look at are kept as small numbers in parallel arrays, so a
/// filter never touches a `Session` (copying one costs more than the test).
/// Build once per load (O(total text)); each query is O(sessions + bytes).
public struct SessionIndex: Sendable {
    /// The forum's sessions, in date order.
    public internal(set) var sessions: [Session]
    /// Folded search text of every session (id, format, area, outcome,
    /// follow-up), each ended by a 0 byte.
    var text: [UInt8]
    /// Id and folded name of every city code, each ended by a 0 byte.
    var cityText: [UInt8]
    var cityStarts: [Int]
    /// `text` offset where session i's text starts; one extra entry at the end.
    var starts: [Int]
    /// How often each byte occurs in `text`: a search jumps between the
    /// needle's rarest byte, not its first (often a common letter).
    var byteCounts: [Int]

    // Filter columns, one entry per session.
    var cityCode: [String: Int32]
    var pilot: [Int32], peer: [Int32]
    /// Other cities of forum events; empty for most sessions.
    var others: [[Int32]]
    var day: [Int32]
    var format: [UInt8]
    var areaCode: [String: Int16]
    /// -1: none.
    var area: [Int16]
    /// 0: not rated.
    var rating: [Int8]
    var openFollowUp: [Bool]

    public init(_ data: ForumData) {
        sessions = data.sessions
        var foldedNames = [String: String](minimumCapacity: data.cities.count)
        var codes = [String: Int32](minimumCapacity: data.cities.count)
        for c in data.cities {
            foldedNames[c.id] = SearchFolding.fold(c.name)
            codes[c.id] = Int32(codes.count)
        }
        var areaCodes: [String: Int16] = [:]
        for a in data.forum.areaIDs { areaCodes[a] = Int16(areaCodes.count) }
        func code(_ id: String) -> Int32 {
            if let c = codes[id] { return c }
            let c = Int32(codes.count)
            codes[id] = c
            return c
        }
        let formats = SessionFormat.allCases
        var pilot: [Int32] = [], peer: [Int32] = [], others: [[Int32]] = [], day: [Int32] = []
        var format: [UInt8] = [], area: [Int16] = [], rating: [Int8] = [], open: [Bool] = []
        pilot.reserveCapacity(sessions.count); peer.reserveCapacity(sessions.count); others.reserveCapacity(sessions.count)
        day.reserveCapacity(sessions.count); format.reserveCapacity(sessions.count); area.reserveCapacity(sessions.count)
        rating.reserveCapacity(sessions.count); open.reserveCapacity(sessions.count)

        var text: [UInt8] = []
        text.reserveCapacity(sessions.count * 96)
        var starts: [Int] = []
        starts.reserveCapacity(sessions.count + 1)
        let foldedFormats = formats.map { SearchFolding.fold($0.rawValue) }
        var foldedAreas: [String: String] = [:]
        for a in data.forum.areaIDs { foldedAreas[a] = SearchFolding.fold(a) }
        for s in sessions {
            pilot.append(code(s.pilot))
            peer.append(code(s.peer))
            others.append(s.cities.isEmpty ? [] : s.cities.map(code))
            day.append(Int32(s.date.daysSinceEpoch))
            format.append(UInt8(formats.firstIndex(of: s.format)!))
            // An area the forum does not know gets a code no filter asks for.
            area.append(s.area.map { areaCodes[$0] ?? Int16.max } ?? -1)
            rating.append(Int8(clamping: s.rating ?? 0))
            open.append(s.hasOpenFollowUp)

            starts.append(text.count)
            Self.appendText(of: s, foldedFormat: foldedFormats[Int(format.last!)], foldedArea: s.area.map { foldedAreas[$0] ?? SearchFolding.fold($0) },
                            to: &text)
        }
        starts.append(text.count)
        var cityText: [UInt8] = []
        var cityStarts = [Int](repeating: 0, count: codes.count + 1)
        var idOfCode = [String](repeating: "", count: codes.count)
        for (id, c) in codes { idOfCode[Int(c)] = id }
        for (c, id) in idOfCode.enumerated() {
            cityStarts[c] = cityText.count
            cityText.append(contentsOf: SearchFolding.fold(id).utf8)
            if let name = foldedNames[id] {
                cityText.append(Self.separator)
                cityText.append(contentsOf: name.utf8)
            }
            cityText.append(0)
        }
        cityStarts[codes.count] = cityText.count
        self.cityText = cityText
        self.cityStarts = cityStarts
        var counts = [Int](repeating: 0, count: 256)
        for b in text { counts[Int(b)] += 1 }
        self.byteCounts = counts
        // Room for edits: the first one that grows the text must not move 10 MB (`apply`).
        text.reserveCapacity(text.count + 64 * 1024)
        self.text = text
        self.starts = starts
        self.cityCode = codes
        self.areaCode = areaCodes
        self.pilot = pilot
        self.peer = peer
        self.others = others
        self.day = day
        self.format = format
        self.area = area
        self.rating = rating
        self.openFollowUp = open
    }

    /// Positions in `sessions` of the sessions that pass `filter`, in date order.
    public func matching(_ filter: SessionFilter) -> [Int] {
        matching(filter, among: nil)
    }

    /// The same, looking only at `candidates` (positions, in order): what a
    /// keystroke that only narrows the previous filter needs (see
    /// `SessionSearch`). O(candidates + their text) instead of the whole log.
    public func matching(_ filter: SessionFilter, among candidates: [Int]?) -> [Int] {
        guard let test = compile(filter) else { return [] }
        let query = Array(SearchFolding.fold(filter.search).utf8)
        if query.isEmpty {
            return candidates.map { $0.filter(test) } ?? sessions.indices.filter(test)
        }
        // Record by record pays a call per candidate: with many, one scan of the whole text is cheaper.
        if let candidates, candidates.count * 4 < sessions.count {
            var pivot = 0
            for k in query.indices where byteCounts[Int(query[k])] < byteCounts[Int(query[pivot])] { pivot = k }
            let cityHit = Self.hits(query, pivot: pivot, in: cityText, starts: cityStarts)
            return text.withUnsafeBytes { hay in
                query.withUnsafeBytes { needle in
                    candidates.filter { i in
                        guard test(i) else { return false }
                        if cityHit[Int(pilot[i])] || cityHit[Int(peer[i])] || others[i].contains(where: { cityHit[Int($0)] }) { return true }
                        return Self.find(needle, pivot: pivot, in: hay, from: starts[i], end: starts[i + 1]) != nil
                    }
                }
            }
        }
        var pivot = 0
        for k in query.indices where byteCounts[Int(query[k])] < byteCounts[Int(query[pivot])] { pivot = k }
        let cityHit = Self.hits(query, pivot: pivot, in: cityText, starts: cityStarts)
        let textHit = Self.hits(query, pivot: pivot, in: text, starts: starts)
        guard cityHit.contains(true) else { return sessions.indices.filter { textHit[$0] && test($0) } }
        return sessions.indices.filter { i in
            (textHit[i] || cityHit[Int(pilot[i])] || cityHit[Int(peer[i])] || others[i].contains { cityHit[Int($0)] }) && test(i)
        }
    }

    /// How many sessions each city attended (as pilot, peer or one of an
    /// event's cities), by city id; cities that attended none are left out.
    /// O(sessions), on the small number columns.
    public func attendance() -> [String: Int] {
        var counts = [Int](repeating: 0, count: cityCode.count)
        for i in pilot.indices {
            counts[Int(pilot[i])] += 1
            if peer[i] != pilot[i] { counts[Int(peer[i])] += 1 }
            for c in others[i] where c != pilot[i] && c != peer[i] { counts[Int(c)] += 1 }
        }
        var out: [String: Int] = [:]
        for (id, code) in cityCode where counts[Int(code)] > 0 { out[id] = counts[Int(code)] }
        return out
    }

    static let separator: UInt8 = 0x1F

    /// A session's search text: id, format, area, outcome, follow-up, folded
    /// like the query (folding drops hyphens: `citygovernance`), each field
    /// after a separator, ended by a 0 byte.
    static func appendText(of s: Session, foldedFormat: String, foldedArea: String?, to text: inout [UInt8]) {
        text.append(contentsOf: SearchFolding.fold(s.id).utf8)
        text.append(separator)
        text.append(contentsOf: foldedFormat.utf8)
        if let a = foldedArea {
            text.append(separator)
            text.append(contentsOf: a.utf8)
        }
        for free in [s.outcome, s.followUp] where !free.isEmpty {
            text.append(separator)
            text.append(contentsOf: SearchFolding.fold(free).utf8)
        }
        text.append(0)
    }

    /// The filter's fields as a test on session positions; nil when nothing
    /// can match (a city or area the log never names).
    private func compile(_ f: SessionFilter) -> ((Int) -> Bool)? {
        let from = f.from.map { Int32($0.daysSinceEpoch) } ?? .min
        let to = f.to.map { Int32($0.daysSinceEpoch) } ?? .max
        let formatCode = f.format.map { UInt8(SessionFormat.allCases.firstIndex(of: $0)!) }
        var areaWanted: Int16?
        if let a = f.area {
            guard let code = areaCode[a] else { return nil }
            areaWanted = code
        }
        var pairCodes: (Int32, Int32)?
        if let p = f.pair {
            guard let a = cityCode[p.pilot], let b = cityCode[p.peer] else { return nil }
            pairCodes = (a, b)
        }
        var cityWanted: Int32?
        if let c = f.city {
            guard let code = cityCode[c] else { return nil }
            cityWanted = code
        }
        let ratings = f.ratings.map { (Int8(clamping: $0.lowerBound), Int8(clamping: $0.upperBound)) }
        let openOnly = f.openFollowUpsOnly
        return { [day, format, area, rating, openFollowUp, pilot, peer, others] i in
            let d = day[i]
            if d < from || d > to { return false }
            if let formatCode, format[i] != formatCode { return false }
            if let areaWanted, area[i] != areaWanted { return false }
            if let (lo, hi) = ratings, rating[i] < lo || rating[i] > hi { return false }
            if openOnly && !openFollowUp[i] { return false }
            if let (a, b) = pairCodes, pilot[i] != a || peer[i] != b { return false }
            if let c = cityWanted, pilot[i] != c && peer[i] != c && !others[i].contains(c) { return false }
            return true
        }
    }

    /// Which records of `text` (record i is `starts[i]..<starts[i+1]`) hold `query`.
    private static func hits(_ query: [UInt8], pivot: Int, in text: [UInt8], starts: [Int]) -> [Bool] {
        var hit = [Bool](repeating: false, count: starts.count - 1)
        text.withUnsafeBytes { hay in
            query.withUnsafeBytes { needle in
                starts.withUnsafeBufferPointer { starts in
                    var from = 0
                    var i = 0
                    while let offset = find(needle, pivot: pivot, in: hay, from: from, end: hay.count) {
                        // Hits come in text order: walk forward to the record holding this one.
                        while starts[i + 1] <= offset { i += 1 }
                        hit[i] = true
                        from = starts[i + 1] // one hit per record is enough
                    }
                }
            }
        }
        return hit
    }

    /// The first occurrence of `needle` in `from..<end`: `memchr` jumps to
    /// each place the needle's byte at `pivot` occurs (vectorised in libc),
    /// `memcmp` checks the whole needle there. (Glibc's `memmem` is not
    /// visible to Swift.)
    private static func find(_ needle: UnsafeRawBufferPointer, pivot: Int, in hay: UnsafeRawBufferPointer,
                             from: Int, end: Int) -> Int? {
        guard let base = hay.baseAddress, let n = needle.baseAddress, needle.count > 0 else { return nil }
        let byte = Int32(needle[pivot])
        // One more byte compared inline rejects most candidates without a call.
        let other = pivot == 0 ? needle.count - 1 : 0
        let otherByte = needle[other]
        let last = end - needle.count // the last place a match can start
        var at = from
        while at <= last {
            guard let p = memchr(base + at + pivot, byte, last - at + 1) else { return nil }
            let start = base.distance(to: UnsafeRawPointer(p)) - pivot
            if hay[start + other] == otherByte && memcmp(base + start, n, needle.count) == 0 { return start }
            at = start + 1
        }
        return nil
    }

}
