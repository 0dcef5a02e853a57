/// The coordinator's draft on top of the committed forum: pins, exclusions,
/// new pairs (manual, accepted, swapped, re-paired), pairings to end, rejected
/// proposals, and the proposals of the last match run on what capacity is left.
///
/// A value: every action (`Workspace+Actions.swift`) returns a new workspace or
/// throws a `WorkspaceRefusal`, so undo is keeping the old value
/// (`WorkspaceHistory`). Nothing is written until `commit` (`Workspace+Commit.swift`).
public struct Workspace: Hashable, Sendable {
    /// Where a new pair came from.
    public enum Origin: String, Hashable, Sendable {
        case manual, accepted, swapped, repaired
    }

    /// A pair the coordinator fixed: it is in every re-solve and in the commit.
    public struct NewPair: Hashable, Sendable {
        public var key: PairKey
        public var origin: Origin
        public var note: String
        /// Rules the coordinator set aside for this pair (empty for most).
        public var overridden: [WorkspaceRefusal.Rule]
    }

    /// The forum as committed when the workspace was opened.
    public let base: ForumData
    public var algorithm: MatchAlgorithm
    /// Sorted, distinct.
    public internal(set) var pins: [PairKey]
    /// Excluded pairs with the coordinator's note ("" when none).
    public internal(set) var exclusions: [PairKey: String]
    /// In the order they were made.
    public internal(set) var newPairs: [NewPair]
    /// Active pairings to end, with a note.
    public internal(set) var endings: [PairKey: String]
    /// Proposals the coordinator turned down: never proposed again in this workspace.
    public internal(set) var rejected: Set<PairKey>
    /// The last match run (pins included, marked), or nil before the first.
    public internal(set) var proposals: MatchResult?
    /// True when a change since the last run may have made the proposals wrong.
    public internal(set) var proposalsAreStale: Bool

    public init(_ data: ForumData, algorithm: MatchAlgorithm = .optimal) {
        base = data
        self.algorithm = algorithm
        pins = data.pins
        exclusions = Dictionary(data.exclusions.map { ($0, data.exclusionNotes[$0] ?? "") }, uniquingKeysWith: { a, _ in a })
        newPairs = []
        endings = [:]
        rejected = []
        proposals = nil
        proposalsAreStale = true
    }

    // MARK: The draft

    /// The forum as the workspace has it (without the proposals): ended
    /// pairings ended on `day`, new pairs active from `day` in `cohort`, the
    /// workspace's pins and exclusions.
    public func draft(on day: Day = Day(daysSinceEpoch: 0), cohort: String = "") -> ForumData {
        var d = base
        for i in d.pairings.indices where d.pairings[i].isActive {
            if let note = endings[d.pairings[i].key] {
                d.pairings[i].status = .ended
                d.pairings[i].end = day
                if !note.isEmpty { d.pairings[i].note = d.pairings[i].note.isEmpty ? note : d.pairings[i].note + "; " + note }
            }
        }
        for p in newPairs { d.pairings.append(Pairing(pilot: p.key.pilot, peer: p.key.peer, start: day, cohort: cohort, note: p.recordedNote)) }
        d.pins = pins
        d.exclusions = exclusions.keys.sorted()
        d.exclusionNotes = exclusions.filter { !$0.value.isEmpty }
        d.normalize()
        return d
    }

    /// What the match runs on: the draft, with rejected proposals excluded too.
    public var solveInput: ForumData {
        var d = draft()
        d.exclusions = Array(Set(d.exclusions).union(rejected)).sorted()
        return d
    }

    // MARK: Solving

    /// Runs a match. The one place the workspace asks for proposals: a faster
    /// or incremental engine replaces `engine` and nothing else changes.
    public typealias Solver = @Sendable (ForumData, MatchAlgorithm) throws -> MatchResult
    public static let engine: Solver = { try MatchEngine.run($0, algorithm: $1) }

    /// Re-runs the match on what is left (keeps pins, exclusions, new pairs, endings).
    public func solved(with solver: Solver = Workspace.engine) throws -> Workspace {
        var w = self
        w.proposals = try solver(solveInput, algorithm)
        w.proposalsAreStale = false
        return w
    }

    /// Takes a result computed elsewhere (in the background); returns nil when
    /// the workspace changed since `input` was taken, so a stale result is dropped.
    public func withProposals(_ result: MatchResult, solvedFrom input: ForumData) -> Workspace? {
        guard input == solveInput else { return nil }
        var w = self
        w.proposals = result
        w.proposalsAreStale = false
        return w
    }

    // MARK: Looking

    /// True when a commit would write something (proposals count: committing writes them).
    public var hasChanges: Bool {
        !newPairs.isEmpty || !endings.isEmpty || pins != base.pins || exclusions.keys.sorted() != base.exclusions
            || exclusions.contains { (base.exclusionNotes[$0.key] ?? "") != $0.value } || !(proposals?.pairs.isEmpty ?? true)
    }

    /// Every pair the commit would make active, besides the committed ones:
    /// new pairs, then the proposals (pins included).
    public var pendingPairs: [PairKey] {
        newPairs.map(\.key) + (proposals?.pairs.map { PairKey(pilot: $0.pilot, peer: $0.peer) } ?? [])
    }

    /// The proposal for this pair, if the last run made it.
    public func proposal(_ key: PairKey) -> MatchedPair? {
        proposals?.pairs.first { $0.pilot == key.pilot && $0.peer == key.peer }
    }

    /// Best-fitting partners for a manual pair, on the draft: highest score
    /// first, with why each fits (`PartnerRanking`), full ones marked.
    public func partnerSuggestions(for cityID: String) -> [PartnerCandidate] {
        let d = draft()
        return PartnerRanking.candidates(for: cityID, in: d, scorer: PairScorer(forum: d.forum, cities: d.cities), index: ForumIndex(d))
    }

    /// Whether a peer got one of the pilots its officer requested.
    public struct RequestOutcome: Hashable, Sendable {
        /// Ranked, best first.
        public var requested: [String]
        /// The best-ranked requested pilot the peer has (active, new or proposed), or nil.
        public var got: String?
    }

    /// For every peer with a request: did it get a requested pilot (from an
    /// active pairing, a new pair or a proposal)? O(pairings + proposals + requests).
    public func requestOutcomes() -> [String: RequestOutcome] {
        guard !base.requests.isEmpty else { return [:] }
        var pilotsOf: [String: Set<String>] = [:]
        for k in pendingPairs { pilotsOf[k.peer, default: []].insert(k.pilot) }
        for p in draft().pairings where p.isActive { pilotsOf[p.peer, default: []].insert(p.pilot) }
        var out: [String: RequestOutcome] = [:]
        for r in base.requests {
            let has = pilotsOf[r.peer] ?? []
            out[r.peer] = RequestOutcome(requested: r.pilots, got: r.pilots.first { has.contains($0) })
        }
        return out
    }
}

extension Workspace.NewPair {
    /// The note the pairing record keeps: an override says which rules it set aside.
    public var recordedNote: String {
        guard !overridden.isEmpty else { return note }
        return "override (\(overridden.map(\.rawValue).joined(separator: ", "))): \(note)"
    }
}
