import Testing
@testable import PeerMatchCore

/// The engine against exhaustive search on thousands of random tiny forums.
/// A failure names its seed: `MatchOracle.instance(seed:)` rebuilds the forum.
@Suite struct MatchOracleTests {
    @Test func optimalEqualsBruteForce() throws {
        for seed in UInt64(1)...10_000 {
            let data = MatchOracle.instance(seed: seed)
            let expected = MatchOracle.bestOptimal(data)
            let result: MatchResult
            do {
                result = try MatchEngine.run(data, algorithm: .optimal)
            } catch let error as MatchError {
                #expect(expected == nil, "seed \(seed): engine refused (\(error)) but brute force found \(String(describing: expected))")
                continue
            }
            guard let expected else {
                Issue.record("seed \(seed): engine accepted pins that cannot be kept")
                continue
            }
            let problems = result.invariantViolations(against: data)
            #expect(problems.isEmpty, "seed \(seed): \(problems)")
            #expect(result.pairCount == expected.count && result.totalScore.micros == expected.total,
                    "seed \(seed): engine \(result.pairCount) pairs / \(result.totalScore), brute force \(expected.count) / \(Score(micros: expected.total))")
            #expect(try MatchEngine.run(data, algorithm: .optimal).json() == result.json(), "seed \(seed): not deterministic")
        }
    }

    @Test func optimalCertificateHoldsOnTinyInstances() throws {
        for seed in UInt64(50_001)...53_000 {
            let data = MatchOracle.instance(seed: seed, .init(pins: false))
            let problem = try MatchProblem(data)
            let violations = CertificateCheck.violations(problem)
            #expect(violations.isEmpty, "seed \(seed): \(violations)")
        }
    }

    @Test func stableIsThePeerOptimalStableMatching() throws {
        var checked = 0
        for seed in UInt64(100_001)...104_000 {
            let data = MatchOracle.instance(seed: seed, .init(maxCities: 7, peerCapacityMax: 1))
            guard MatchOracle.bestOptimal(data) != nil else {
                #expect(throws: MatchError.self, "seed \(seed)") { try MatchEngine.run(data, algorithm: .stable) }
                continue
            }
            let result = try MatchEngine.run(data, algorithm: .stable)
            let problems = result.invariantViolations(against: data)
            #expect(problems.isEmpty, "seed \(seed): \(problems)")
            let proposed = Set(result.pairs.filter { !$0.pinned }.map { PairKey(pilot: $0.pilot, peer: $0.peer) })
            if let blocking = MatchOracle.hasBlockingPair(data, proposed) {
                Issue.record("seed \(seed): \(blocking) blocks the stable result")
            }
            #expect(proposed == MatchOracle.peerOptimalStable(data), "seed \(seed): not the peer-optimal stable matching")
            checked += 1
        }
        #expect(checked > 2000)
    }

    /// Weights with no useful common divisor: no score table, scores computed on the fly.
    @Test func oddWeightsTakeTheDirectPathsAndAgree() throws {
        for seed in UInt64(300_001)...302_000 {
            let data = MatchOracle.instance(seed: seed, .init(peerCapacityMax: 1, oddWeights: true))
            guard let expected = MatchOracle.bestOptimal(data) else { continue }
            let optimal = try MatchEngine.run(data, algorithm: .optimal)
            #expect(optimal.invariantViolations(against: data).isEmpty, "seed \(seed)")
            #expect(optimal.pairCount == expected.count && optimal.totalScore.micros == expected.total, "seed \(seed)")
            let stable = try MatchEngine.run(data, algorithm: .stable)
            #expect(stable.invariantViolations(against: data).isEmpty, "seed \(seed)")
            let proposed = Set(stable.pairs.filter { !$0.pinned }.map { PairKey(pilot: $0.pilot, peer: $0.peer) })
            #expect(proposed == MatchOracle.peerOptimalStable(data), "seed \(seed)")
        }
    }

    @Test func stableRefusesPeersWithCapacityAboveOne() throws {
        var refused = 0
        for seed in UInt64(20_001)...20_300 {
            let data = MatchOracle.instance(seed: seed, .init(pins: false))
            let big = data.cities.first { $0.role == .peer && $0.effectiveCapacity > 1 }
            if let big {
                #expect(throws: MatchError.stablePeerCapacity(peer: big.id, capacity: big.effectiveCapacity), "seed \(seed)") {
                    try MatchEngine.run(data, algorithm: .stable)
                }
                refused += 1
            }
        }
        #expect(refused > 50)
    }
}

/// The pruning and its certificate: with each pilot first given a single
/// candidate, the solver must regrow lists until the duals prove optimality,
/// and still reach the brute-force optimum.
@Suite struct OptimalPruningTests {
    @Test func tinyCandidateListsStillGiveTheOptimum() throws {
        var regrown = 0
        for seed in UInt64(200_001)...203_000 {
            let data = MatchOracle.instance(seed: seed, .init(pins: false))
            let problem = try MatchProblem(data)
            let cert = OptimalMatcher.solveCertified(problem, initialLimit: { _ in 1 })
            if cert.rounds > 1 { regrown += 1 }
            let result = MatchEngine.result(problem, algorithm: .optimal, proposals: cert.pairs)
            let expected = MatchOracle.bestOptimal(data)!
            #expect(result.invariantViolations(against: data).isEmpty, "seed \(seed)")
            #expect(result.pairCount == expected.count && result.totalScore.micros == expected.total,
                    "seed \(seed): \(result.pairCount) / \(result.totalScore) vs \(expected.count) / \(Score(micros: expected.total))")
            #expect(CertificateCheck.violations(problem, initialLimit: { _ in 1 }).isEmpty, "seed \(seed)")
        }
        #expect(regrown > 100)
    }

    /// Medium forums (a few hundred cities, many ties): the certificate is
    /// checked on every allowed pair, with and without heavy pruning.
    @Test(arguments: [1, 2, 3])
    func mediumForumsAreProvenOptimal(seed: UInt64) throws {
        let data = LargeForum.make(cities: 600, seed: seed, peerCapacityMax: seed == 3 ? 3 : 1)
        let problem = try MatchProblem(data)
        for limit in [{ (c: Int) in 4 * c + 32 }, { (c: Int) in c }] {
            let violations = CertificateCheck.violations(problem, initialLimit: limit)
            #expect(violations.isEmpty, "seed \(seed): \(violations.prefix(3))")
        }
        for algorithm in MatchAlgorithm.allCases where seed != 3 || algorithm == .optimal {
            let result = try MatchEngine.run(data, algorithm: algorithm)
            #expect(result.invariantViolations(against: data).isEmpty)
            #expect(result.pairCount > 0)
        }
    }
}

extension OptimalPruningTests {
    /// Peers scarcer than pilot slots: the peers' lists are pruned instead,
    /// and the certificate still holds on every allowed pair.
    @Test func scarcePeersArePrunedFromTheirSide() throws {
        var data = LargeForum.make(cities: 1_500, seed: 21, peerCapacityMax: 2)
        for k in data.cities.indices where data.cities[k].role == .peer && k % 5 != 0 {
            if !data.pairings.contains(where: { $0.peer == data.cities[k].id }) && !data.pins.contains(where: { $0.peer == data.cities[k].id })
                && !data.exclusions.contains(where: { $0.peer == data.cities[k].id }) {
                data.cities[k].role = .member
            }
        }
        let problem = try MatchProblem(data)
        let cert = OptimalMatcher.solveCertified(problem)
        #expect(cert.peersFirst)
        #expect(cert.rounds == 1)
        #expect(CertificateCheck.violations(problem).isEmpty)
        #expect(CertificateCheck.violations(problem, initialLimit: { _ in 1 }).isEmpty)
        let result = try MatchEngine.run(data, algorithm: .optimal)
        #expect(result.invariantViolations(against: data).isEmpty)
    }
}

/// At the scale of the Global Covenant of Mayors: both algorithms give valid
/// results (every invariant, from the definition) and the same bytes twice.
@Suite struct LargeMatchTests {
    @Test(arguments: MatchAlgorithm.allCases)
    func thirteenThousandCities(algorithm: MatchAlgorithm) throws {
        let data = LargeForum.make(cities: 13_000, seed: 7)
        let result = try MatchEngine.run(data, algorithm: algorithm)
        let problems = result.invariantViolations(against: data)
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        #expect(result.pairCount > 1000)
        #expect(try MatchEngine.run(data, algorithm: algorithm).json() == result.json())
    }

    @Test func optimalIsProvenOnTwoThousandFiveHundredCities() throws {
        let data = LargeForum.make(cities: 2_500, seed: 11, peerCapacityMax: 2)
        let violations = CertificateCheck.violations(try MatchProblem(data))
        #expect(violations.isEmpty, "\(violations.prefix(3))")
    }
}
