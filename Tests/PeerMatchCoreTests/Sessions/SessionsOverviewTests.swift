import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// The oracle for the patched overview: after every edit a trainer can make
/// (log, edit, delete, follow-up done, undo, fit check, goal), patching the
/// overview gives exactly what building it afresh gives.
@Suite struct SessionsOverviewTests {
    let today = Day("2026-06-01")!

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func patchedEqualsFreshlyBuiltAfterRandomEdits(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        var data = Fixtures.activityForum(seed: seed, cities: 120, sessions: 500)
        var overview = SessionsOverview(data, today: today)
        var undos: [SessionUndo] = []
        var pairingUndos: [PairingUndo] = []
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        var done: [String: Int] = [:]
        for step in 0..<150 {
            let s = pick(data.sessions)
            var draft = SessionDraft(s)
            let kind: String
            switch rng.next() % 9 {
            case 0, 1:
                kind = "log"
                draft.date = today.adding(days: -Int(rng.next() % 400)).description
                draft.outcome = pick(["Flood maps; São Paulo", "深圳 buses", "", "drain, culvert"])
                guard let new = try? data.logSession(draft, allowUnpaired: true, using: &rng) else { continue }
                undos.append(.remove(id: new.id))
            case 2:
                kind = "edit"
                draft.rating = pick(["", "1", "5"])
                draft.followUp = pick(["", "Send the plan", "Écrire au maire"])
                draft.due = draft.followUp.isEmpty ? "" : today.adding(days: Int(rng.next() % 60) - 30).description
                if rng.next() % 2 == 0 { draft.date = s.date.adding(days: Int(rng.next() % 500) - 250).description }
                guard let u = try? data.editSession(id: s.id, draft, allowUnpaired: true) else { continue }
                undos.append(u)
            case 3:
                kind = "delete"
                undos.append(try data.deleteSession(id: s.id))
            case 4:
                kind = "follow-up"
                guard let f = data.sessions.first(where: { !$0.followUp.isEmpty && $0.id >= s.id }) else { continue }
                undos.append(try data.setFollowUpDone(id: f.id, !f.followUpDone))
            case 5, 6:
                kind = "undo"
                guard let u = undos.popLast() else { continue }
                data.apply(u)
            case 7:
                kind = "fit"
                guard let u = try? data.recordFit(rng.next() % 2 == 0 ? .good : .poor, reason: "no time", for: s.pair, on: today)
                else { continue }
                pairingUndos.append(u)
            default:
                kind = "goal"
                guard (try? data.setGoal("Adopt the plan", milestones: ["maps", "drills"], for: s.pair)) != nil else { continue }
            }
            data.normalize()
            done[kind, default: 0] += 1
            let patched = overview.catchUp(with: data)
            #expect(patched, "step \(step): \(kind) was not patched")
            let fresh = SessionsOverview(data, today: today)
            // (A Bool: the values would print 500 sessions.)
            let same = overview == fresh
            #expect(same, "step \(step): \(kind) patched differs from a fresh build")
            #expect(overview.isCurrent(for: data))
            if !same { return }
        }
        // Every kind of edit was tried.
        #expect(Set(done.keys) == ["log", "edit", "delete", "follow-up", "undo", "fit", "goal"], "\(done)")
    }

    /// The change finder compares sessions field by field in memory: a field
    /// added to `Session` and not listed there would go unnoticed.
    @Test func theChangeFinderKnowsEverySessionField() {
        let s = Session(id: "s1", date: today, pilot: "a", peer: "b", format: .call)
        let listed = SessionLogChange.fieldBytes.reduce(0) { $0 + $1.size }
        let stored = Mirror(reflecting: s).children.count
        #expect(stored == 14, "Session has \(stored) stored fields: list the new ones in SessionLogChange.fieldBytes")
        #expect(listed <= MemoryLayout<Session>.size && listed > MemoryLayout<Session>.size - 8 * stored)
        // A change in any one field is seen.
        var t = s
        t.followUpDone = true
        #expect(SessionLogChange(from: [s], to: [t], limit: 4)?.steps.count == 2)
        t = s
        t.attendees = 0
        #expect(SessionLogChange(from: [s], to: [t], limit: 4)?.steps.count == 2)
        #expect(SessionLogChange(from: [s], to: [s], limit: 4)?.steps.isEmpty == true)
    }

    @Test func theFreshBuildAgreesWithTheForumQueries() {
        let data = Fixtures.activityForum(seed: 5, cities: 120, sessions: 500)
        let o = SessionsOverview(data, today: today)
        #expect(o.followUps == data.openFollowUps(today: today))
        #expect(o.stale == data.stalePairs(today: today))
        let pair = data.sessions[7].pair
        #expect(o.slice(for: pair).sessions == data.sessions.filter { $0.pair == pair })
    }

    @Test func attendanceCountsEachCityOncePerSessionInAnyRole() {
        var data = Fixtures.activityForum(seed: 7, cities: 120, sessions: 500)
        data.sessions[0].cities = [data.sessions[0].pilot, "c00001"]  // a pilot listed again is counted once
        var naive: [String: Int] = [:]
        for s in data.sessions { for c in Set(s.attendingCities) { naive[c, default: 0] += 1 } }
        #expect(SessionIndex(data).attendance() == naive)
        #expect(naive.values.contains { $0 > 1 })
    }

    @Test func aReloadOrOtherCitiesAskForARebuild() {
        let data = Fixtures.activityForum(seed: 6, cities: 120, sessions: 500)
        var o = SessionsOverview(data, today: today)
        let before = o
        var other = data
        other.sessions.removeFirst(SessionsOverview.patchLimit + 1)
        let tookMany = o.catchUp(with: other)
        #expect(!tookMany)
        var renamed = data
        renamed.cities[0].name = "Renamed"
        let tookRenamed = o.catchUp(with: renamed)
        #expect(!tookRenamed)
        let unchanged = o == before
        #expect(unchanged, "a refused catch-up changes nothing")
        let tookSame = o.catchUp(with: data)
        #expect(tookSame, "nothing changed: nothing to do")
    }
}
