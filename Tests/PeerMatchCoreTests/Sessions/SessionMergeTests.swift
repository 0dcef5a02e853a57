import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct SessionMergeTests {
    let base = Fixtures.multilingualForum().sessions

    func session(_ id: String, _ date: String) -> Session {
        Session(id: id, date: Day(date)!, pilot: "chennai", peer: "surat", format: .call)
    }

    @Test func addsFromBothSidesAndOneSidedChangesMerge() {
        var ours = base, theirs = base
        ours.append(session("s20260601-aaaaaa", "2026-06-01"))
        theirs.append(session("s20260601-bbbbbb", "2026-06-01"))
        ours[0].outcome = "changed by us"
        theirs.remove(at: 1)
        let r = SessionMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(r.conflicts == [])
        #expect(r.sessions.map(\.id) == ["s000001", "s000003", "s20260601-aaaaaa", "s20260601-bbbbbb"])
        #expect(r.sessions[0].outcome == "changed by us")
    }

    @Test func aSessionChangedDifferentlyOnBothSidesIsAConflictKeepingOurs() {
        var ours = base, theirs = base
        ours[2].rating = 4
        theirs[2].rating = 1
        var same = base
        same[1].outcome = "both"
        ours[1] = same[1]
        theirs[1] = same[1]
        let r = SessionMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(r.conflicts == ["s000003"])
        #expect(r.sessions == ours)
    }
}
