/// Everything the Sessions screen derives from the forum: the searchable
/// index of the log, open follow-ups (overdue first), stale pairs, and each
/// pair's sessions and pairings (so a pair's timeline reads one pair's slice,
/// not the whole log). Building it takes ~150 ms at 100,000 sessions;
/// `catchUp` patches it for an edit of a few sessions or pairings in a few
/// milliseconds, and says when only a rebuild will do (a reload, an import).
public struct SessionsOverview: Sendable, Equatable {
    public let today: Day
    public private(set) var index: SessionIndex
    public private(set) var followUps: [FollowUp]
    public private(set) var overdueCount: Int
    public private(set) var stale: [StalePair]
    public private(set) var forum: Forum
    /// What the rest was derived from: a change of these is a rebuild.
    private var cities: [City]
    private var pairings: [Pairing]
    /// Each pair's sessions, in log order; no entry for a pair without one.
    private var sessionsOfPair: [PairKey: [Session]]
    private var pairingsOfPair: [PairKey: [Pairing]]

    /// More changed sessions or pairings than this: rebuilding is as quick.
    public static let patchLimit = 16

    public init(_ data: ForumData, today: Day) {
        self.today = today
        index = SessionIndex(data)
        followUps = data.openFollowUps(today: today)
        overdueCount = followUps.lazy.filter(\.isOverdue).count
        stale = data.stalePairs(today: today)
        forum = data.forum
        cities = data.cities
        pairings = data.pairings
        sessionsOfPair = Dictionary(grouping: data.sessions, by: \.pair)
        pairingsOfPair = Dictionary(grouping: data.pairings, by: \.key)
    }

    /// Whether this was built from (or caught up with) `data`: its very
    /// session log (same storage, O(1); equal logs in other storage are
    /// left to `catchUp`, whose walk finds nothing to do), the same pairings,
    /// forum and cities.
    public func isCurrent(for data: ForumData) -> Bool {
        Self.sameStorage(data.sessions, index.sessions) && data.pairings == pairings && data.forum == forum && data.cities == cities
    }

    /// `==` on two logs of the same length compares up to 100,000 sessions,
    /// copying each (12 ms): the walk of `SessionLogChange` does it in place.
    private static func sameStorage(_ a: [Session], _ b: [Session]) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }

    /// The forum cut down to one pair: its pairings and sessions (what
    /// `timeline`, `goalProgress` and `fitFlag` read).
    public func slice(for pair: PairKey) -> ForumData {
        ForumData(forum: forum, pairings: pairingsOfPair[pair] ?? [], sessions: sessionsOfPair[pair] ?? [])
    }

    /// Brings this up to `data` (normalized) by patching what a few changed
    /// sessions and pairings touch. Returns false, changing nothing, when
    /// that is not worth it or not possible (many changes, other cities or
    /// forum settings): build a new one then (in the background: it is slow).
    public mutating func catchUp(with data: ForumData) -> Bool {
        guard data.forum == forum, data.cities == cities else { return false }
        var pairingKeys = Set<PairKey>()
        if data.pairings != pairings {
            // A fit check or goal replaces one pairing in place; more is a rebuild.
            guard data.pairings.count == pairings.count else { return false }
            for (a, b) in zip(pairings, data.pairings) where a != b {
                pairingKeys.insert(a.key)
                pairingKeys.insert(b.key)
                if pairingKeys.count > Self.patchLimit { return false }
            }
        }
        var change: SessionLogChange?
        if !Self.sameStorage(data.sessions, index.sessions) {
            guard let c = SessionLogChange(from: index.sessions, to: data.sessions, limit: Self.patchLimit),
                  index.apply(c, giving: data.sessions) else { return false }
            change = c
        }
        var affected = pairingKeys
        for s in change?.removed ?? [] {
            affected.insert(s.pair)
            Self.remove(s, from: &sessionsOfPair[s.pair, default: []], by: ForumData.sessionOrder)
            if sessionsOfPair[s.pair]?.isEmpty == true { sessionsOfPair[s.pair] = nil }  // as a fresh build: no empty entries
            if s.hasOpenFollowUp {
                let f = FollowUp(session: s, today: today)
                Self.remove(f, from: &followUps, by: FollowUp.order)
                if f.isOverdue { overdueCount -= 1 }
            }
        }
        for s in change?.inserted ?? [] {
            affected.insert(s.pair)
            sessionsOfPair[s.pair, default: []].insertInOrder(s, by: ForumData.sessionOrder)
            if s.hasOpenFollowUp {
                let f = FollowUp(session: s, today: today)
                followUps.insertInOrder(f, by: FollowUp.order)
                if f.isOverdue { overdueCount += 1 }
            }
        }
        pairings = data.pairings
        for key in pairingKeys {
            let list = data.pairings.filter { $0.key == key }
            pairingsOfPair[key] = list.isEmpty ? nil : list
        }
        for key in affected { restale(key) }
        return true
    }

    /// Puts the pair's stale entries right (as `ForumData.stalePairs` makes them).
    private mutating func restale(_ key: PairKey) {
        stale.removeAll { $0.pairing.key == key }
        let last = sessionsOfPair[key]?.last?.date
        for p in pairingsOfPair[key] ?? [] where p.isActive {
            let lastSession = last.flatMap { $0 >= p.start ? $0 : nil }
            let days = today - (lastSession ?? p.start)
            if days > forum.staleAfterDays {
                stale.insertInOrder(StalePair(pairing: p, lastSession: lastSession, daysQuiet: days), by: StalePair.order)
            }
        }
    }

    /// Removes `x` from `list` in place (found by binary search in `order`,
    /// then by value; out of order, e.g. duplicate ids, by value alone).
    private static func remove<T: Equatable>(_ x: T, from list: inout [T], by order: (T, T) -> Bool) {
        var i = list.partitionPoint { order($0, x) }
        while i < list.count, list[i] != x, !order(x, list[i]) { i += 1 }
        if i < list.count, list[i] == x {
            list.remove(at: i)
        } else if let j = list.firstIndex(of: x) {
            list.remove(at: j)
        }
    }
}

private extension Array {
    /// The first index whose element is not `before` (the list is partitioned by it).
    func partitionPoint(_ before: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Inserts after every element not ordered after it (as a stable sort places it).
    mutating func insertInOrder(_ x: Element, by order: (Element, Element) -> Bool) {
        insert(x, at: partitionPoint { !order(x, $0) })
    }
}
