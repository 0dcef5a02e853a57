import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Fit checks, the coordinator's flag, and learning-goal progress.
@Suite struct PairReviewTests {
    let pair = PairKey(pilot: "chennai", peer: "surat")
    let day = { (s: String) in Day(s)! }

    /// chennai–surat's sessions (from the fixture) with these ratings, in date order.
    func forum(ratings: [Int?]) -> ForumData {
        var data = Fixtures.multilingualForum()
        var k = 0
        for i in data.sessions.indices where data.sessions[i].pair == pair {
            data.sessions[i].rating = k < ratings.count ? ratings[k] : nil
            k += 1
        }
        return data
    }

    @Test func aFirstRatingOfTwoOrLessFlagsThePair() {
        for (first, flagged) in [(1, true), (2, true), (3, false), (5, false)] {
            let data = forum(ratings: [first, 5])
            #expect((data.fitFlag(for: pair) != nil) == flagged, "first rating \(first)")
        }
        // Only the first session counts: a later low rating does not flag.
        #expect(forum(ratings: [4, 1]).fitFlag(for: pair) == nil)
        #expect(forum(ratings: [nil, 1]).fitFlag(for: pair) == nil)
        #expect(forum(ratings: [2]).fitFlag(for: pair) == .lowFirstRating(rating: 2, session: "s000001", date: day("2026-02-20")))
        #expect(FitFlag.lowFirstRating(rating: 2, session: "s000001", date: day("2026-02-20")).description
            == "first session rated 2 of 5 (s000001, 2026-02-20)")
    }

    @Test func aPoorVerdictFlagsUntilClearedAndANewVerdictFlagsAgain() throws {
        var data = forum(ratings: [5])
        let before = data
        #expect(data.fitFlag(for: pair) == nil)
        let undo = try data.recordFit(.poor, reason: "No shared language", for: pair, on: day("2026-03-01"))
        let flag = FitFlag.notAFit(reason: "No shared language", date: day("2026-03-01"))
        #expect(data.fitFlag(for: pair) == flag)
        #expect(flag.description == "not a fit (2026-03-01): No shared language")
        #expect(data.fitFlags() == [pair: flag])
        _ = try data.clearFitFlag(for: pair)
        #expect(data.fitFlag(for: pair) == nil)
        _ = try data.recordFit(.poor, reason: "Still no", for: pair, on: day("2026-04-01"))
        #expect(data.fitFlag(for: pair) == .notAFit(reason: "Still no", date: day("2026-04-01")))
        _ = try data.recordFit(.good, reason: "", for: pair, on: day("2026-05-01"))
        #expect(data.fitFlag(for: pair) == nil)
        data = before
        _ = try data.recordFit(.poor, reason: "x", for: pair, on: day("2026-03-01"))
        data.apply(undo)
        #expect(data == before)
    }

    @Test func reParingEndsTheFlag() throws {
        var data = forum(ratings: [1])
        #expect(data.fitFlag(for: pair) != nil)
        let i = data.pairings.firstIndex { $0.key == pair }!
        data.pairings[i].status = .ended
        data.pairings[i].end = day("2026-06-01")
        #expect(data.fitFlag(for: pair) == nil)
        #expect(data.fitFlags().isEmpty)
        // Paired again later: only sessions since the new start count, and none yet.
        data.pairings.append(Pairing(pilot: "chennai", peer: "surat", start: day("2026-07-01")))
        data.normalize()
        #expect(data.fitFlag(for: pair) == nil)
        #expect(throws: SessionError.noSessionYet(pair)) { try data.recordFit(.good, reason: "", for: pair, on: day("2026-07-02")) }
        data.sessions.append(Session(id: "late", date: day("2026-07-10"), pilot: "chennai", peer: "surat", format: .call, rating: 2))
        data.normalize()
        #expect(data.fitFlag(for: pair) == .lowFirstRating(rating: 2, session: "late", date: day("2026-07-10")))
    }

    @Test func aVerdictNeedsAnActivePairingAndASession() {
        var data = Fixtures.multilingualForum()
        let none = PairKey(pilot: "pune", peer: "accra")
        #expect(throws: SessionError.noPairing(none)) { try data.recordFit(.good, reason: "", for: none, on: day("2026-01-01")) }
        data.sessions.removeAll { $0.pair == pair }
        #expect(throws: SessionError.noSessionYet(pair)) { try data.recordFit(.good, reason: "", for: pair, on: day("2026-01-01")) }
    }

    /// fitFlags() against fitFlag(for:) and a count done here, on random logs.
    @Test func allFlagsAgreeWithOnePairAtATime() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<50 {
            var data = Fixtures.multilingualForum()
            data.sessions = (0..<Int(rng.next() % 8)).map { n in
                let p = data.pairings[Int(rng.next() % 2)]
                let rating = Int(rng.next() % 6)
                return Session(id: "r\(n)", date: p.start.adding(days: Int(rng.next() % 60) - 10), pilot: p.pilot, peer: p.peer,
                               format: .call, rating: rating == 0 ? nil : rating)
            }
            data.normalize()
            let flags = data.fitFlags()
            for p in data.pairings {
                let first = data.sessions.filter { $0.pair == p.key && $0.date >= p.start }.min { ($0.date, $0.id) < ($1.date, $1.id) }
                let expected = (first?.rating ?? 5) <= 2
                #expect((flags[p.key] != nil) == expected)
                #expect(flags[p.key] == data.fitFlag(for: p.key))
            }
        }
    }

    @Test func goalProgressCountsDistinctTicksSinceThePairingStarted() throws {
        var data = Fixtures.multilingualForum()
        #expect(data.goalProgress(for: pair) == nil)
        _ = try data.setGoal("Flood early warning", milestones: ["Drafted", "Tested", "Adopted", "Reviewed"], for: pair)
        #expect(data.goalProgress(for: pair) == GoalProgress(done: 0, total: 4, ticked: []))
        let i = data.sessions.firstIndex { $0.id == "s000001" }!, j = data.sessions.firstIndex { $0.id == "s000002" }!
        data.sessions[i].milestones = ["m3"]
        data.sessions[j].milestones = ["m1", "m3"]
        #expect(data.goalProgress(for: pair) == GoalProgress(done: 2, total: 4, ticked: ["m1", "m3"]))
        #expect(data.goalProgress(for: pair)?.description == "2 of 4")
        // Rewording keeps ids of unchanged texts; a dropped milestone no longer counts.
        let undo = try data.setGoal("Flood early warning v2", milestones: ["Adopted", "Budgeted"], for: pair)
        let goal = data.latestPairing(for: pair)!.goal!
        #expect(goal.milestones == [.init(id: "m3", text: "Adopted"), .init(id: "m5", text: "Budgeted")])
        #expect(data.goalProgress(for: pair) == GoalProgress(done: 1, total: 2, ticked: ["m3"]))
        data.apply(undo)
        #expect(data.latestPairing(for: pair)!.goal!.milestones.count == 4)
        // A tick from before the pairing started does not count.
        data.sessions.append(Session(id: "old", date: day("2025-01-01"), pilot: "chennai", peer: "surat", format: .call,
                                     milestones: ["m2"]))
        data.normalize()
        #expect(data.goalProgress(for: pair)?.done == 2)
    }
}
