#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the session log changed between two versions of it, both in
/// `ForumData.sessionOrder` (as `normalize` leaves them): the removals and
/// insertions that turn the old log into the new one, found in one walk
/// over both, like a merge. An edit changes one or two sessions, so the
/// screens patch what they derived from the log instead of rebuilding it.
public struct SessionLogChange: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        /// Remove the session at this position of the log as it is at this step.
        case remove(Session, at: Int)
        /// Insert the session at this position of the log as it is at this step.
        case insert(Session, at: Int)
    }

    /// In order: each position counts the steps before it.
    public let steps: [Step]

    /// nil when more than `limit` steps are needed (a reload, an import):
    /// then rebuilding is cheaper than patching. O(old + new).
    public init?(from old: [Session], to new: [Session], limit: Int) {
        guard abs(old.count - new.count) <= limit,
              let steps = old.withUnsafeBufferPointer({ a in new.withUnsafeBufferPointer { b in Self.walk(a, b, limit: limit) } })
        else { return nil }
        self.steps = steps
    }

    /// Reads the sessions in place (a copy of a `Session` retains ten strings).
    private static func walk(_ old: UnsafeBufferPointer<Session>, _ new: UnsafeBufferPointer<Session>, limit: Int) -> [Step]? {
        // A session the two logs share is the same bytes in both, field by
        // field (its strings and arrays are the same storage): comparing
        // them answers without copying it; `==` only when they differ.
        func same(_ i: Int, _ j: Int) -> Bool {
            let a = UnsafeRawPointer(old.baseAddress! + i), b = UnsafeRawPointer(new.baseAddress! + j)
            for (offset, size) in fieldBytes where memcmp(a + offset, b + offset, size) != 0 { return old[i] == new[j] }
            return true
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, same(i, j) {
                i += 1
                j += 1
                continue
            }
            if steps.count >= limit { return nil }
            if j == new.count || (i < old.count && old[i].id == new[j].id && old[i].date == new[j].date) {
                // Gone, or changed in place (same id and date: same position).
                steps.append(.remove(old[i], at: j))
                i += 1
            } else if i < old.count && ForumData.sessionOrder(old[i], new[j]) {
                steps.append(.remove(old[i], at: j))
                i += 1
            } else {
                steps.append(.insert(new[j], at: j))
                j += 1
            }
        }
        return steps
    }

    /// Where `Session`'s fields lie in its bytes (without the padding
    /// between them, which a copy need not carry over), adjacent ones joined.
    static let fieldBytes: [(offset: Int, size: Int)] = {
        func field<T>(_ path: KeyPath<Session, T>) -> (offset: Int, size: Int) {
            (MemoryLayout<Session>.offset(of: path)!, MemoryLayout<T>.size)
        }
        let fields = [field(\.id), field(\.date), field(\.pilot), field(\.peer), field(\.format), field(\.area),
                      field(\.attendees), field(\.rating), field(\.outcome), field(\.followUp), field(\.followUpDue),
                      field(\.followUpDone), field(\.cities), field(\.milestones)].sorted { $0.offset < $1.offset }
        var joined: [(offset: Int, size: Int)] = []
        for f in fields {
            if let last = joined.last, last.offset + last.size == f.offset {
                joined[joined.count - 1].size += f.size
            } else {
                joined.append(f)
            }
        }
        return joined
    }()

    public var removed: [Session] {
        steps.compactMap { if case .remove(let s, _) = $0 { s } else { nil } }
    }

    public var inserted: [Session] {
        steps.compactMap { if case .insert(let s, _) = $0 { s } else { nil } }
    }
}
