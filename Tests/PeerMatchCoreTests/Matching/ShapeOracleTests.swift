import Testing
@testable import PeerMatchCore
import PeerMatchTestSupport

/// Small instances of every `RosterShape` against exhaustive search (both
/// algorithms) and, at a few hundred cities, against the LP certificate
/// recomputed on every allowed pair. A failure names shape and seed:
/// `shape.forum(cities:seed:)` rebuilds the forum.
@Suite struct ShapeOracleTests {
    @Test(arguments: RosterShape.allCases)
    func optimalEqualsBruteForce(shape: RosterShape) throws {
        for seed in UInt64(1)...150 {
            let data = shape.forum(cities: 4 + Int(seed % 5), seed: seed)
            let expected = try #require(MatchOracle.bestOptimal(data))
            let result = try MatchEngine.run(data, algorithm: .optimal)
            #expect(result.invariantViolations(against: data).isEmpty, "\(shape) seed \(seed)")
            #expect(result.pairCount == expected.count && result.totalScore.micros == expected.total,
                    "\(shape) seed \(seed): engine \(result.pairCount) / \(result.totalScore), brute force \(expected.count) / \(Score(micros: expected.total))")
        }
    }

    @Test(arguments: RosterShape.allCases)
    func stableIsThePeerOptimalStableMatching(shape: RosterShape) throws {
        for seed in UInt64(1)...100 {
            let data = shape.forum(cities: 4 + Int(seed % 4), seed: seed)
            let result = try MatchEngine.run(data, algorithm: .stable)
            #expect(result.invariantViolations(against: data).isEmpty, "\(shape) seed \(seed)")
            let proposed = Set(result.pairs.map { PairKey(pilot: $0.pilot, peer: $0.peer) })
            #expect(proposed == MatchOracle.peerOptimalStable(data), "\(shape) seed \(seed): not the peer-optimal stable matching")
        }
    }

    /// Big enough that peers are displaced again and again (so `stable`
    /// resumes from its cursors, after five rescans), against the textbook procedure.
    @Test(arguments: RosterShape.allCases)
    func stableEqualsDeferredAcceptanceAtAFewHundredCities(shape: RosterShape) throws {
        for seed in UInt64(1)...5 {
            let data = shape.forum(cities: 600, seed: seed)
            let result = try MatchEngine.run(data, algorithm: .stable)
            let proposed = Set(result.pairs.map { PairKey(pilot: $0.pilot, peer: $0.peer) })
            let expected = MatchOracle.deferredAcceptance(data)
            let same = proposed == expected // not in the #expect: it would print both sets
            #expect(same, "\(shape) seed \(seed): \(proposed.subtracting(expected).count) pairs not in the textbook result")
        }
    }

    @Test(arguments: RosterShape.allCases)
    func optimalCertificateHoldsAtAFewHundredCities(shape: RosterShape) throws {
        for seed in UInt64(1)...2 {
            let problem = try MatchProblem(shape.forum(cities: 400, seed: seed))
            let violations = CertificateCheck.violations(problem)
            #expect(violations.isEmpty, "\(shape) seed \(seed): \(violations.prefix(5))")
            // Each pilot starting with one candidate exercises the regrowth on every shape.
            let pruned = CertificateCheck.violations(problem, initialLimit: { _ in 1 })
            #expect(pruned.isEmpty, "\(shape) seed \(seed), lists of 1: \(pruned.prefix(5))")
        }
    }

    @Test func shapesAreWhatTheyClaim() throws {
        let n = 2_000
        func slots(_ d: ForumData, _ role: CityRole) -> Int { d.cities.filter { $0.role == role }.reduce(0) { $0 + $1.effectiveCapacity } }
        let balanced = RosterShape.balanced.forum(cities: n)
        let ratio = Double(slots(balanced, .peer)) / Double(slots(balanced, .pilot))
        #expect(ratio > 0.8 && ratio < 1.25, "balanced: peer slots / pilot slots = \(ratio)")
        let identical = RosterShape.identical.forum(cities: n)
        #expect(Set(identical.cities.map { "\($0.interests)\($0.languages)\($0.region)" }).count == 1)
        #expect(Set(RosterShape.fewAreas.forum(cities: n).cities.flatMap { $0.interests.map(\.area) }).count == 2)
        #expect(Set(RosterShape.oneArea.forum(cities: n).cities.flatMap { $0.interests.map(\.area) }).count == 1)
        let oneRegion = RosterShape.oneRegion.forum(cities: n)
        #expect(Set(oneRegion.cities.map(\.region)).count == 1 && Set(oneRegion.cities.flatMap(\.languages)).count == 1)
        #expect(RosterShape.capacityOne.forum(cities: n).cities.allSatisfy { $0.role == .member || $0.effectiveCapacity == 1 })
        #expect(RosterShape.hugePilot.forum(cities: n).cities.contains { $0.effectiveCapacity == 3000 })
        let big = RosterShape.bigPilots.forum(cities: n).cities.filter { $0.role == .pilot }
        #expect(big.count == 20 && big.allSatisfy { $0.effectiveCapacity >= 200 })
        let scarce = RosterShape.scarcePeers.forum(cities: n)
        #expect(slots(scarce, .peer) * 4 < slots(scarce, .pilot))
        // The CSV round trip gives the same cities.
        for shape in RosterShape.allCases {
            let data = shape.forum(cities: 50)
            let bytes = Array(RosterShape.rosterCSV(data).utf8)
            #expect(try RosterReader.parse(bytes, file: "shape.csv", forum: data.forum) == data.cities, "\(shape)")
        }
    }
}
