import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct PairingListTests {
    @Test func filtersAndCountsSessions() {
        var data = Fixtures.multilingualForum()
        data.pairings.append(Pairing(pilot: "pune", peer: "accra", status: .ended, start: Day("2025-01-01")!,
                                     end: Day("2025-06-01")!, cohort: "2025"))
        data.normalize()
        let today = Day("2026-06-01")!
        let all = PairingList(data, today: today)
        #expect(all.rows.map(\.pairing) == data.pairings)
        for r in all.rows {
            let sessions = data.sessions.filter { $0.pilot == r.pairing.pilot && $0.peer == r.pairing.peer }
            #expect(r.sessions == sessions.count)
            #expect(r.lastSession == sessions.map(\.date).max())
            #expect(r.daysSinceLastSession == today - (sessions.map(\.date).max() ?? r.pairing.start))
        }
        #expect(PairingList(data, status: .ended, today: today).rows.map(\.pairing.peer) == ["accra"])
        #expect(PairingList(data, cohort: "2026-spring", today: today).rows.map(\.pairing.peer) == ["surat"])
        #expect(PairingList(data, city: "sao-paulo", today: today).rows.map(\.pairing.pilot) == ["shenzhen"])
        #expect(PairingList(data, status: .active, city: "pune", today: today).rows.isEmpty)
    }
}
