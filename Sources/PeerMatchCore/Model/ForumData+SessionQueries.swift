/// Questions trainers ask of the session log: what is open, which pairs
/// have gone quiet, what a city attended, a pair's timeline.
extension ForumData {
    /// Open follow-ups, overdue first (oldest due date first), then the rest
    /// by due date, then those without a due date by session date. O(s log s).
    public func openFollowUps(today: Day) -> [FollowUp] {
        sessions.filter(\.hasOpenFollowUp).map { FollowUp(session: $0, today: today) }.sorted(by: FollowUp.order)
    }

    /// Active pairings with no session for more than the forum's
    /// `staleAfterDays` (counted from the pairing's start when it has none),
    /// the longest quiet first. O(pairings + sessions).
    public func stalePairs(today: Day) -> [StalePair] {
        var last: [PairKey: Day] = [:]
        for s in sessions { last[s.pair] = s.date } // date order: the last one wins
        var out: [StalePair] = []
        for p in pairings where p.isActive {
            let lastSession = last[p.key].flatMap { $0 >= p.start ? $0 : nil }
            let quietSince = lastSession ?? p.start
            let days = today - quietSince
            if days > forum.staleAfterDays { out.append(StalePair(pairing: p, lastSession: lastSession, daysQuiet: days)) }
        }
        return out.sorted(by: StalePair.order)
    }

    /// Sessions the city attended (as pilot, peer or one of the event's other
    /// cities), in date order.
    public func sessions(attendedBy city: String) -> [Session] {
        sessions.filter { $0.pilot == city || $0.peer == city || $0.cities.contains(city) }
    }

    /// The areas a session of these two cities can be about, for the log
    /// form's chooser: the areas both cities list first (highest combined
    /// level first, then forum order), then every other area in forum order.
    public func areaChoices(for pair: PairKey) -> [String] {
        let index = cityIndex()
        let a = index[pair.pilot].map { cities[$0] }, b = index[pair.peer].map { cities[$0] }
        var shared: [(area: String, level: Int, position: Int)] = []
        var rest: [String] = []
        for (position, area) in forum.areaIDs.enumerated() {
            if let x = a?.level(of: area), let y = b?.level(of: area) {
                shared.append((area, x + y, position))
            } else {
                rest.append(area)
            }
        }
        shared.sort { $0.level != $1.level ? $0.level > $1.level : $0.position < $1.position }
        return shared.map(\.area) + rest
    }

    /// The pair's sessions in date order, and how long since the last one.
    public func timeline(for pair: PairKey, today: Day) -> PairTimeline {
        let list = sessions.filter { $0.pair == pair }
        return PairTimeline(pair: pair, sessions: list, daysSinceLast: list.last.map { today - $0.date },
                            progress: goalProgress(for: pair), fitFlag: fitFlag(for: pair))
    }
}

/// An open follow-up and when it is due.
public struct FollowUp: Hashable, Sendable {
    public var session: Session
    public var isOverdue: Bool
    /// Days until due (negative: overdue); nil without a due date.
    public var daysLeft: Int?

    public init(session: Session, today: Day) {
        self.session = session
        daysLeft = session.followUpDue.map { $0 - today }
        isOverdue = (daysLeft ?? 0) < 0
    }

    static func order(_ a: FollowUp, _ b: FollowUp) -> Bool {
        switch (a.session.followUpDue, b.session.followUpDue) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return ForumData.sessionOrder(a.session, b.session)
        }
    }
}

/// An active pairing that has gone quiet.
public struct StalePair: Hashable, Sendable {
    public var pairing: Pairing
    public var lastSession: Day?
    public var daysQuiet: Int

    /// The longest quiet first, then by pair.
    static func order(_ a: StalePair, _ b: StalePair) -> Bool {
        a.daysQuiet != b.daysQuiet ? a.daysQuiet > b.daysQuiet : a.pairing.key < b.pairing.key
    }
}

/// A pair's sessions and how it is doing.
public struct PairTimeline: Hashable, Sendable {
    public var pair: PairKey
    /// In date order.
    public var sessions: [Session]
    public var daysSinceLast: Int?
    public var progress: GoalProgress?
    public var fitFlag: FitFlag?
}
