/// A three-way merge of session logs by id, for git (`peermatch
/// merge-sessions`, a merge driver): sessions added on two branches are both
/// kept, wherever they fall in the file, and a session changed on one branch
/// only takes that change; a session changed differently on both is named.
/// (Git's union merge, the default, keeps both versions of such a session in
/// the file instead, and reading then refuses it: docs/DATA.md.)
public enum SessionMerge {
    public struct Result: Equatable, Sendable {
        /// In date order.
        public var sessions: [Session]
        /// Ids changed differently on the two sides (ours is kept), sorted.
        public var conflicts: [String]
    }

    /// O(n log n) for n sessions in all three.
    public static func merge(base: [Session], ours: [Session], theirs: [Session]) -> Result {
        func byID(_ list: [Session]) -> [String: Session] {
            Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let b = byID(base), o = byID(ours), t = byID(theirs)
        var merged: [Session] = []
        var conflicts: [String] = []
        for id in Set(o.keys).union(t.keys).union(b.keys) {
            let (x, y, z) = (o[id], t[id], b[id])
            let kept: Session?
            if x == y { kept = x } else if x == z { kept = y } else if y == z { kept = x } else {
                conflicts.append(id)
                kept = x ?? y
            }
            if let kept { merged.append(kept) }
        }
        merged.sort(by: ForumData.sessionOrder)
        return Result(sessions: merged, conflicts: conflicts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}
