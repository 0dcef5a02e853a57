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
    public private(set) var steps: [Step] = []

    /// nil when more than `limit` steps are needed (a reload, an import):
    /// then rebuilding is cheaper than patching. O(old + new) comparisons,
    /// each O(1) for sessions the two logs share (their strings share storage).
    public init?(from old: [Session], to new: [Session], limit: Int) {
        guard abs(old.count - new.count) <= limit else { return nil }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
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
    }

    public var removed: [Session] {
        steps.compactMap { if case .remove(let s, _) = $0 { s } else { nil } }
    }

    public var inserted: [Session] {
        steps.compactMap { if case .insert(let s, _) = $0 { s } else { nil } }
    }
}
