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
