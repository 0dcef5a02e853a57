import Testing
@testable import PeerMatchCore
import PeerMatchTestSupport

/// The later rounds of the pruned `optimal` solve continue from the previous
/// round's flow and duals (`SparseGraph+WarmStart`). Tiny first lists force
/// two or more rounds on every roster shape; each answer is compared with an
/// independent optimum (brute force, or a single cold solve of the unpruned
/// graph) and its LP certificate is checked on every allowed pair.
@Suite struct WarmStartTests {
    /// No pruning at all: one cold round on every allowed pair.
    static let unpruned: @Sendable (Int) -> Int = { _ in 1 << 30 }

    @Test(arguments: RosterShape.allCases)
    func warmRoundsReachTheBruteForceOptimum(shape: RosterShape) throws {
        var warm = 0
        for seed in UInt64(1)...150 {
            let data = shape.forum(cities: 4 + Int(seed % 5), seed: seed)
            let problem = try MatchProblem(data)
            let expected = try #require(MatchOracle.bestOptimal(data))
            for limit in [{ (_: Int) in 1 }, { (c: Int) in c }] {
                let cert = OptimalMatcher.solveCertified(problem, initialLimit: limit)
                if cert.rounds > 1 { warm += 1 }
                let result = MatchEngine.result(problem, algorithm: .optimal, proposals: cert.pairs)
                #expect(result.invariantViolations(against: data).isEmpty, "\(shape) seed \(seed)")
                #expect(result.pairCount == expected.count && result.totalScore.micros == expected.total,
                        "\(shape) seed \(seed), \(cert.rounds) rounds: \(result.pairCount) / \(result.totalScore), brute force \(expected.count) / \(Score(micros: expected.total))")
            }
        }
        // With 20 pilots of capacity 200+ (or very few peers), 4 to 8 cities never need a second round.
        if shape != .bigPilots && shape != .scarcePeers { #expect(warm > 0, "\(shape): no solve needed a second round") }
    }

    /// A few hundred cities (2,000 for the shapes that need that many before
    /// a second round happens), first lists of 1, of c and of 2c + 1 candidates:
    /// the same pair count and total score as one cold solve of the whole
    /// graph, and a certificate that holds on every allowed pair.
    @Test(arguments: RosterShape.allCases)
    func warmRoundsEqualAColdSolveOfTheWholeGraph(shape: RosterShape) throws {
        var rounds = 0, givenUp = 0
        for seed in UInt64(1)...3 {
            let data = shape.forum(cities: shape == .bigPilots || shape == .scarcePeers ? 2_000 : 300, seed: seed)
            let problem = try MatchProblem(data)
            let cold = OptimalMatcher.solveCertified(problem, initialLimit: Self.unpruned)
            #expect(cold.rounds <= 1)
            let expected = MatchEngine.result(problem, algorithm: .optimal, proposals: cold.pairs)
            for limit in [{ (_: Int) in 1 }, { (c: Int) in c }, { (c: Int) in 2 * c + 1 }] {
                let cert = OptimalMatcher.solveCertified(problem, initialLimit: limit)
                rounds = max(rounds, cert.rounds)
                givenUp += cert.slotsGivenUp
                let result = MatchEngine.result(problem, algorithm: .optimal, proposals: cert.pairs)
                #expect(result.pairCount == expected.pairCount && result.totalScore == expected.totalScore,
                        "\(shape) seed \(seed), \(cert.rounds) rounds: \(result.pairCount) / \(result.totalScore), cold \(expected.pairCount) / \(expected.totalScore)")
                let violations = CertificateCheck.violations(problem, initialLimit: limit)
                #expect(violations.isEmpty, "\(shape) seed \(seed): \(violations.prefix(3))")
            }
        }
        #expect(rounds >= 2, "\(shape): one round only, so the warm start did not run")
        // Giving up reserved slots (`settleReserved`) must have run too (identical
        // profiles: every dual is the same, so no slot is ever reserved).
        if shape != .identical { #expect(givenUp > 0, "\(shape): no reserved slot was given up") }
    }

    /// The default lists on a roster where they do not suffice (one pilot of
    /// capacity 3,000): warm rounds and slots given up, a proven optimum, and
    /// the same answer run after run. (Debug builds also assert after every
    /// round that its flow is optimal on its own graph, edge by edge.)
    @Test func everyRoundEndsOptimalAndRunsAgree() throws {
        let data = RosterShape.hugePilot.forum(cities: 1_000, seed: 7)
        let problem = try MatchProblem(data)
        let a = OptimalMatcher.solveCertified(problem)
        let b = OptimalMatcher.solveCertified(problem)
        #expect(a.rounds > 1 && a.slotsGivenUp > 0)
        #expect(a.pairs.map { [$0.pilot, $0.peer] } == b.pairs.map { [$0.pilot, $0.peer] })
        #expect(CertificateCheck.violations(problem).isEmpty)
    }
}
