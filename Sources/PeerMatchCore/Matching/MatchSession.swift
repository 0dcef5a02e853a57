/// The coordinator's matching workspace: a forum, its `optimal` match and the
/// match's LP duals, kept together so that each edit (pin, unpin, exclude,
/// end or add a pairing, change a capacity) gives the new optimum without a
/// new solve.
///
///     var session = try MatchSession(data)          // one full solve
///     let result = try session.apply(.pin(key))    // a few shortest paths
///
/// `apply` checks the edit against the rules first and throws, leaving the
/// session unchanged: a `MatchEditError` (unknown city, over capacity,
/// pairing not allowed, …) or a `MatchError` (a pin that cannot be kept).
/// Then it repairs the previous optimum (`ResidualFlow`): usually well under
/// 30 ms at 13,000 cities, most of it in assembling the result. The result
/// has the same pair count and total score as `MatchEngine.run` on the edited
/// forum (tests check it on random edit sequences); among several optimal
/// matchings it may pick another one than a full solve would, so it keeps
/// the previous pairs where it can. A value type: keep a copy to undo.
public struct MatchSession: Sendable {
    /// The forum with every edit applied so far.
    public private(set) var data: ForumData
    /// The optimum for `data`.
    public private(set) var result: MatchResult
    private var problem: MatchProblem
    private var flow: ResidualFlow
    /// Per city position: its node in `flow` (pilots first, then peers; -1 for members).
    private let node: [Int32]
    /// `data.cityIndex()`: edits never add, remove or rename cities.
    private let index: [String: Int]

    /// Solves `data` from scratch (as `MatchEngine.run` with `.optimal`).
    /// Throws `MatchError` for a pin that cannot be kept, `CancellationError`
    /// when `control` asks to stop.
    public init(_ data: ForumData, control: MatchControl = .none) throws {
        let problem = try MatchProblem(data)
        guard let certificate = OptimalMatcher.solveCertified(problem, control: control) else { throw CancellationError() }
        flow = ResidualFlow(problem: problem, certificate: certificate)
        var node = [Int32](repeating: -1, count: data.cities.count)
        for (i, p) in problem.pilots.enumerated() { node[Int(p)] = Int32(i) }
        for (j, q) in problem.peers.enumerated() { node[Int(q)] = Int32(problem.pilots.count + j) }
        self.node = node
        index = data.cityIndex()
        self.problem = problem
        self.data = data
        result = MatchEngine.result(problem, algorithm: .optimal, proposals: certificate.pairs)
        MatchEngine.assertValid(result, data)
    }

    /// Applies one edit and returns the new optimum (also in `result`).
    @discardableResult
    public mutating func apply(_ edit: MatchEdit) throws -> MatchResult {
        let next = try edit.applied(to: data, index: index)
        let nextProblem = try MatchProblem(next, reusingScoresOf: problem, index: index)
        var nextFlow = flow
        let P = problem.pilots.count
        // Pairs that became blocked, then capacities, then pairs unblocked:
        // each step keeps reduced costs ≥ 0; `balance` restores the flow.
        let changed = Set(problem.blockedPeers.keys).union(nextProblem.blockedPeers.keys)
        var unblocked: [(Int, Int)] = []
        for p in changed.sorted() {
            let before = Set(problem.blockedPeers[p] ?? []), after = Set(nextProblem.blockedPeers[p] ?? [])
            guard before != after else { continue }
            let i = Int(node[Int(p)])
            for q in after.subtracting(before).sorted() { nextFlow.block(pilot: i, peer: Int(node[Int(q)]) - P) }
            for q in before.subtracting(after).sorted() { unblocked.append((i, Int(node[Int(q)]) - P)) }
        }
        for (k, c) in nextProblem.capacityLeft.enumerated() where c != problem.capacityLeft[k] && node[k] >= 0 {
            nextFlow.setCapacity(node: Int(node[k]), to: c)
        }
        for (i, j) in unblocked { nextFlow.unblock(pilot: i, peer: j) }
        _ = nextFlow.balance()
        let nextResult = MatchEngine.result(nextProblem, algorithm: .optimal, proposals: nextFlow.pairs)
        MatchEngine.assertValid(nextResult, next)
        data = next
        problem = nextProblem
        flow = nextFlow
        result = nextResult
        return nextResult
    }

    /// Broken optimality conditions of the kept state (for tests; O(pilots × peers)).
    func certificateViolations() -> [String] { flow.violations() }
}
