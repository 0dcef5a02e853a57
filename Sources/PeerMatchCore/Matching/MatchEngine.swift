/// Runs a match on a forum: prepares the problem (pins, capacities, allowed
/// pairs), runs the chosen algorithm, and assembles the result with every
/// pair's explanation.
public enum MatchEngine {
    /// O(pilots × peers) score evaluations plus the algorithm's own cost
    /// (see `OptimalMatcher`, `StableMatcher`). Throws `MatchError` for a pin
    /// that cannot be kept, or for `stable` with a peer of capacity above 1.
    public static func run(_ data: ForumData, algorithm: MatchAlgorithm, control: MatchControl = .none) throws -> MatchResult {
        try run(MatchProblem(data), algorithm: algorithm, control: control)
    }

    /// `control` lets a caller cancel a long solve (it then throws
    /// `CancellationError`) and follow its progress; see `MatchControl`.
    public static func run(_ problem: MatchProblem, algorithm: MatchAlgorithm, control: MatchControl = .none) throws -> MatchResult {
        let proposals: [(pilot: Int32, peer: Int32)]
        switch algorithm {
        case .optimal:
            guard let certificate = OptimalMatcher.solveCertified(problem, control: control) else { throw CancellationError() }
            proposals = certificate.pairs
        case .stable:
            if control.isCancelled() { throw CancellationError() }
            proposals = try StableMatcher.solve(problem)
        }
        control.progress(1)
        let result = result(problem, algorithm: algorithm, proposals: proposals)
        assertValid(result, problem.data)
        return result
    }

    /// Debug builds check every result against the rules
    /// (`invariantViolations`), so every test that solves checks them too;
    /// release builds skip it (it is O(cities + pairs × areas)).
    static func assertValid(_ result: MatchResult, _ data: ForumData) {
        #if DEBUG
        let problems = result.invariantViolations(against: data)
        assert(problems.isEmpty, "match result breaks the rules: \(problems.prefix(5).joined(separator: "; "))")
        #endif
    }

    /// Pins plus proposals, explained and sorted; the unmatched lists.
    public static func result(_ problem: MatchProblem, algorithm: MatchAlgorithm,
                       proposals: [(pilot: Int32, peer: Int32)]) -> MatchResult {
        let cities = problem.data.cities
        var all = problem.pins.map { ($0.pilot, $0.peer, true) } + proposals.map { ($0.pilot, $0.peer, false) }
        all.sort { ($0.0, $0.1) < ($1.0, $1.1) } // positions follow id byte order
        var used = problem.activeCount
        var pairs: [MatchedPair] = []
        pairs.reserveCapacity(all.count)
        for (p, q, pinned) in all {
            used[Int(p)] += 1
            used[Int(q)] += 1
            pairs.append(MatchedPair(explanation: problem.scorer.explain(pilot: Int(p), peer: Int(q)), pinned: pinned))
        }
        let unmatchedPilots = problem.pilots.filter { Int(used[Int($0)]) < cities[Int($0)].effectiveCapacity }
            .map { cities[Int($0)].id }
        let unmatchedPeers = problem.peers.filter { used[Int($0)] == 0 }.map { cities[Int($0)].id }
        return MatchResult(algorithm: algorithm, pairs: pairs, unmatchedPilots: unmatchedPilots, unmatchedPeers: unmatchedPeers)
    }
}
