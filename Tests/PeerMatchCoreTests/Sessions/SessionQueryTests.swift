import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct SessionQueryTests {
    let today = Day("2026-06-10")!

    /// Random logs against an order written out here: overdue (due < today)
    /// by due date, then due today or later by due date, then no due date.
    @Test func openFollowUpsOverdueFirstThenByDueDate() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<30 {
            var data = Fixtures.multilingualForum()
            data.sessions = (0..<40).map { n in
                let dueOffset = Int(rng.next() % 60) - 30
                return Session(id: "f\(n)", date: today.adding(days: -Int(rng.next() % 100)), pilot: "chennai", peer: "surat",
                               format: .call, followUp: rng.next() % 5 == 0 ? "" : "do \(n)",
                               followUpDue: rng.next() % 4 == 0 ? nil : today.adding(days: dueOffset),
                               followUpDone: rng.next() % 4 == 0)
            }
            data.normalize()
            let open = data.sessions.filter { !$0.followUp.isEmpty && !$0.followUpDone }
            let overdue = open.filter { $0.followUpDue.map { $0 < today } ?? false }
            let upcoming = open.filter { $0.followUpDue.map { $0 >= today } ?? false }
            let undated = open.filter { $0.followUpDue == nil }
            let byDue = { (a: Session, b: Session) in (a.followUpDue!, a.date, a.id) < (b.followUpDue!, b.date, b.id) }
            let expected = overdue.sorted(by: byDue) + upcoming.sorted(by: byDue) + undated
            let got = data.openFollowUps(today: today)
            #expect(got.map(\.session.id) == expected.map(\.id))
            #expect(got.map(\.isOverdue) == expected.map { s in overdue.contains { $0.id == s.id } })
        }
    }

    @Test func stalePairsUseTheForumThreshold() {
        var data = Fixtures.multilingualForum()
        // chennai–surat last met 2026-04-11, shenzhen–sao-paulo 2026-05-02.
        data.forum.staleAfterDays = 40
        #expect(data.stalePairs(today: today).map(\.pairing.key.description) == ["chennai–surat"])
        #expect(data.stalePairs(today: today).first?.daysQuiet == 60)
        #expect(data.stalePairs(today: today).first?.lastSession == Day("2026-04-11"))
        data.forum.staleAfterDays = 90
        #expect(data.stalePairs(today: today).isEmpty)
        // A pair with no session counts from its start.
        data.pairings.append(Pairing(pilot: "pune", peer: "accra", start: Day("2026-01-01")!))
        data.normalize()
        #expect(data.stalePairs(today: today).map(\.daysQuiet) == [160])
        #expect(data.stalePairs(today: today).first?.lastSession == nil)
    }

    @Test func aCityListsTheEventsItAttended() {
        var data = Fixtures.multilingualForum()
        data.sessions.append(Session(id: "w1", date: Day("2026-05-20")!, pilot: "chennai", peer: "surat", format: .webinar,
                                     cities: ["casablanca", "medellin"]))
        data.normalize()
        #expect(data.sessions(attendedBy: "casablanca").map(\.id) == ["w1"])
        #expect(data.sessions(attendedBy: "surat").map(\.id) == ["s000001", "s000002", "w1"])
        #expect(data.sessions(attendedBy: "accra").isEmpty)
        let t = data.timeline(for: PairKey(pilot: "chennai", peer: "surat"), today: today)
        #expect(t.sessions.map(\.id) == ["s000001", "s000002", "w1"])
        #expect(t.daysSinceLast == 21)
    }

    @Test func checkReportsDuplicateSessionIDsAndUnknownCities() {
        var data = Fixtures.multilingualForum()
        #expect(ForumCheck.problems(in: data).filter { $0.kind == .duplicateID }.isEmpty)
        var copy = data.sessions[2]
        copy.date = Day("2026-05-03")!
        copy.cities = ["atlantis"]
        data.sessions.append(copy)
        // A peer–peer session (logged with --allow-unpaired) is not a problem.
        data.sessions.append(Session(id: "pp", date: Day("2026-05-04")!, pilot: "accra", peer: "surat", format: .call))
        data.normalize()
        #expect(ForumCheck.problems(in: data).map(\.description) == [
            "dangling-id: session s000003 names unknown city 'atlantis'",
            "duplicate-id: session id 's000003' is used by more than one session",
        ])
    }
}

extension SessionQueryTests {
    @Test func areaChoicesPutThePairsSharedAreasFirst() {
        let data = Fixtures.multilingualForum()
        // chennai: water-resilience 3, flood-management 3; accra: water-resilience 3, flood-management 2.
        let choices = data.areaChoices(for: PairKey(pilot: "chennai", peer: "accra"))
        #expect(Array(choices.prefix(2)) == ["water-resilience", "flood-management"])
        #expect(Set(choices) == Set(data.forum.areaIDs) && choices.count == data.forum.areaIDs.count)
        let others = data.forum.areaIDs.filter { !["water-resilience", "flood-management"].contains($0) }
        #expect(Array(choices.dropFirst(2)) == others)
        // surat lists only flood-management.
        #expect(data.areaChoices(for: PairKey(pilot: "chennai", peer: "surat")).first == "flood-management")
    }
}
