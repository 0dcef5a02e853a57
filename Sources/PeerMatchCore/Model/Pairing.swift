/// A pilot and a peer, as a key: pins, exclusions and pairings are keyed by it.
public struct PairKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var pilot: String
    public var peer: String

    public init(pilot: String, peer: String) {
        self.pilot = pilot
        self.peer = peer
    }

    public static func < (a: PairKey, b: PairKey) -> Bool {
        a.pilot.utf8.lexicographicallyPrecedes(b.pilot.utf8)
            || (a.pilot == b.pilot && a.peer.utf8.lexicographicallyPrecedes(b.peer.utf8))
    }

    /// `pilot–peer`, as messages name a pair.
    public var description: String { "\(pilot)–\(peer)" }
}

public enum PairingStatus: String, CaseIterable, Sendable {
    case active, ended
}

/// A committed pilot–peer pair and its history.
public struct Pairing: Hashable, Sendable {
    public var pilot: String
    public var peer: String
    public var status: PairingStatus
    public var start: Day
    public var end: Day?
    /// Cohort label, e.g. "2026-spring"; empty when none.
    public var cohort: String
    public var note: String
    /// The trainer's verdict after the first session, if recorded.
    public var fit: FitCheck?
    /// The coordinator has seen this pair's fit flag and cleared it.
    public var fitFlagCleared: Bool
    /// What the pair wants to learn, with milestones sessions can tick.
    public var goal: LearningGoal?

    public init(
        pilot: String, peer: String, status: PairingStatus = .active, start: Day,
        end: Day? = nil, cohort: String = "", note: String = "",
        fit: FitCheck? = nil, fitFlagCleared: Bool = false, goal: LearningGoal? = nil
    ) {
        self.pilot = pilot
        self.peer = peer
        self.status = status
        self.start = start
        self.end = end
        self.cohort = cohort
        self.note = note
        self.fit = fit
        self.fitFlagCleared = fitFlagCleared
        self.goal = goal
    }

    public var key: PairKey { PairKey(pilot: pilot, peer: peer) }

    /// What makes a pairing the same record on import: the pair and its start date
    /// (a pair may meet again in a later cohort).
    public struct Identity: Hashable, Sendable {
        public var key: PairKey
        public var start: Day
    }

    public var identity: Identity { Identity(key: key, start: start) }
    public var isActive: Bool { status == .active }
}
