/// Runs a match on a forum: prepares the problem (pins, capacities, allowed
/// pairs), runs the chosen algorithm, and assembles the result with every
/// pair's explanation.
public enum MatchEngine {
    /// O(pilots × peers) score evaluations plus the algorithm's own cost
    /// (see `OptimalMatcher`, `StableMatcher`). Throws `MatchError` for a pin
    /// that cannot be kept, or for `stable` with a peer of capacity above 1.
    public static func run(_ data: ForumData, algorithm: MatchAlgorithm) throws -> MatchResult {
        try run(MatchProblem(data), algorithm: algorithm)
    }

    public static func run(_ problem: MatchProblem, algorithm: MatchAlgorithm) throws -> MatchResult {
        let proposals = switch algorithm {
        case .optimal: OptimalMatcher.solve(problem)
        case .stable: try StableMatcher.solve(problem)
        }
        return result(problem, algorithm: algorithm, proposals: proposals)
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
