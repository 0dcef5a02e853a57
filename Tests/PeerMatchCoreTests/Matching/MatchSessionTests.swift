import Testing
@testable import PeerMatchCore
import PeerMatchTestSupport

/// `MatchSession` (incremental re-optimisation) against solving from
/// scratch after every edit of seeded random edit sequences: same pair
/// count and total score, a valid result, optimality conditions intact, and
/// refused edits refused by a full solve too and leaving the session as it
/// was. A failure prints the seed and the edit.
@Suite struct MatchSessionTests {
    /// Applies `edits` random edits, each checked against a full solve.
    static func check(_ start: ForumData, seed: UInt64, edits: Int, bruteForce: Bool = false) throws {
        var rng = SplitMix64(seed: seed)
        var session = try MatchSession(start)
        for step in 0..<edits {
            let edit = MatchEdit.random(for: session, &rng)
            let before = session.data
            let where_ = "seed \(seed) step \(step) \(edit)"
            do {
                let result = try session.apply(edit)
                let fresh = try MatchEngine.run(session.data, algorithm: .optimal)
                #expect(result.pairCount == fresh.pairCount && result.totalScore == fresh.totalScore,
                        "\(where_): incremental \(result.pairCount) / \(result.totalScore), from scratch \(fresh.pairCount) / \(fresh.totalScore)")
                let problems = result.invariantViolations(against: session.data)
                #expect(problems.isEmpty, "\(where_): \(problems.prefix(3))")
                let broken = session.certificateViolations()
                #expect(broken.isEmpty, "\(where_): \(broken.prefix(3))")
                if bruteForce, let best = MatchOracle.bestOptimal(session.data) {
                    #expect(result.pairCount == best.count && result.totalScore.micros == best.total, "\(where_): brute force \(best)")
                }
                if !problems.isEmpty || !broken.isEmpty || result.totalScore != fresh.totalScore { return }
            } catch let error as MatchEditError {
                #expect(session.data == before, "\(where_): refused (\(error)) but changed the session")
            } catch let error as MatchError {
                #expect(session.data == before, "\(where_): refused (\(error)) but changed the session")
                // A full solve refuses the same forum.
                #expect(throws: MatchError.self, "\(where_)") { try MatchEngine.run(edit.applied(to: before), algorithm: .optimal) }
            }
        }
    }

    @Test func equalsBruteForceOnTinyForums() throws {
        for seed in UInt64(1)...400 {
            let data = MatchOracle.instance(seed: seed, .init(pins: false))
            try Self.check(data, seed: seed, edits: 12, bruteForce: true)
        }
    }

    @Test(arguments: RosterShape.allCases)
    func equalsAFullSolveOnEveryShape(shape: RosterShape) throws {
        for seed in UInt64(1)...2 {
            try Self.check(shape.forum(cities: 300, seed: seed), seed: seed, edits: 40)
        }
    }

    @Test func equalsAFullSolveOnAForumWithPairingsPinsAndExclusions() throws {
        try Self.check(LargeForum.make(cities: 1_500, seed: 7), seed: 7, edits: 60)
    }

    @Test func refusesWhatTheRulesForbidAndStaysAsItWas() throws {
        let data = ForumData(forum: Forum(name: "t"), cities: [
            Fixtures.city("lima", .pilot, capacity: 1, ["water-resilience": 2]),
            Fixtures.city("pune", .peer, ["water-resilience": 1]),
            Fixtures.city("quito", .peer, ["heat-islands": 1]),
            Fixtures.city("rome", .peer, ["water-resilience": 3]),
        ])
        var session = try MatchSession(data)
        #expect(session.result.pairs.map(\.peer) == ["rome"])
        let before = session
        #expect(throws: MatchError.pinNoSharedArea(pin: PairKey(pilot: "lima", peer: "quito"))) {
            try session.apply(.pin(PairKey(pilot: "lima", peer: "quito")))
        }
        #expect(throws: MatchEditError.wrongRole(city: "pune", expected: .pilot, actual: .peer)) {
            try session.apply(.pin(PairKey(pilot: "pune", peer: "rome")))
        }
        try session.apply(.addPairing(PairKey(pilot: "lima", peer: "pune"), start: Day("2026-01-01")!, cohort: ""))
        #expect(session.result.pairs.isEmpty && session.result.unmatchedPeers == ["quito", "rome"])
        #expect(throws: MatchEditError.overCapacity(city: "lima", capacity: 1, used: 1)) {
            try session.apply(.addPairing(PairKey(pilot: "lima", peer: "rome"), start: Day("2026-01-01")!, cohort: ""))
        }
        #expect(throws: MatchEditError.overCapacity(city: "lima", capacity: 0, used: 1)) {
            try session.apply(.setCapacity(city: "lima", to: 0))
        }
        #expect(throws: MatchEditError.notPinned(PairKey(pilot: "lima", peer: "rome"))) {
            try session.apply(.unpin(PairKey(pilot: "lima", peer: "rome")))
        }
        // Ending the pairing gives lima back: rome again.
        try session.apply(.endPairing(PairKey(pilot: "lima", peer: "pune"), on: Day("2026-02-01")!))
        #expect(session.result.pairs.map(\.peer) == ["rome"])
        #expect(before.result == session.result)
    }

    @Test func aCancelledSolveThrowsAndProgressRises() throws {
        let data = RosterShape.usual.forum(cities: 2_000)
        #expect(throws: CancellationError.self) { try MatchSession(data, control: MatchControl(isCancelled: { true })) }
        #expect(throws: CancellationError.self) { try MatchEngine.run(data, algorithm: .optimal, control: MatchControl(isCancelled: { true })) }
        let seen = ProgressLog()
        _ = try MatchEngine.run(data, algorithm: .optimal, control: MatchControl(isCancelled: { false }, progress: { seen.add($0) }))
        let values = seen.values
        #expect(values.count > 2 && values.last == 1 && zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
    }
}

/// Progress values a solve reported. The solve calls back on the thread
/// that runs it (this test's), so no lock is needed.
final class ProgressLog: @unchecked Sendable {
    private(set) var values: [Double] = []
    func add(_ x: Double) { values.append(x) }
}
