import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct CityPageTests {
    /// Surat with an ended pairing before its active one, and eleven sessions.
    func forum() -> ForumData {
        var data = Fixtures.multilingualForum()
        data.pairings.append(Pairing(pilot: "pune", peer: "surat", status: .ended, start: Day("2025-01-10")!,
                                     end: Day("2025-06-30")!, cohort: "2025-spring"))
        for k in 0..<9 {
            data.sessions.append(Session(id: "p\(k)", date: Day("2025-0\(k % 5 + 1)-1\(k)")!, pilot: "pune", peer: "surat",
                                         format: .call, rating: k % 5 + 1))
        }
        return data
    }

    func page(_ id: String, _ detail: CityPage.Detail, _ data: ForumData) -> [String] {
        let index = ForumIndex(data)
        return CityPage(city: index.cityPosition[id]!, in: data, index: index, detail: detail).lines.map(\.text)
    }

    @Test func fullPageListsEndedPairingsAndRecentSessions() {
        let data = forum()
        let lines = page("surat", .full, data)
        let pairings = lines.firstIndex(of: "pairings")!
        #expect(lines[pairings + 1] == "  Chennai சென்னை — since 2026-02-01 [2026-spring], 2 sessions")
        #expect(lines[pairings + 2] == "  Pune पुणे — ended, 2025-01-10 to 2025-06-30 [2025-spring], 9 sessions")
        #expect(lines[pairings + 3] == "sessions   11, last on 2026-04-11")
        // The 8 latest, newest first, from an independent sort of Surat's sessions.
        let mine = data.sessions.filter { $0.peer == "surat" || $0.pilot == "surat" }
        let latest = mine.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(CityPage.recentSessionCount)
        let listed = lines[(pairings + 4)..<(pairings + 4 + latest.count)]
        #expect(listed.map { String($0.dropFirst(2).prefix(10)) } == latest.map { "\($0.date)" })
        #expect(listed.first == "  2026-04-11  city-visit with Chennai சென்னை, water-resilience")
        #expect(lines.contains("  … 3 earlier sessions"))
        #expect(lines.contains { $0.contains("(role default)") })
    }

    @Test func summaryKeepsToActivePairings() {
        let lines = page("surat", .summary, forum())
        #expect(lines.contains("  Chennai சென்னை — since 2026-02-01 [2026-spring], 2 sessions"))
        #expect(!lines.contains { $0.contains("ended") || $0.contains("2025-") && !$0.hasPrefix("sessions") })
        #expect(lines.last == "sessions   11, last on 2026-04-11")
    }

    @Test func givenListsGiveTheSamePage() {
        let data = forum()
        let index = ForumIndex(data)
        let k = index.cityPosition["surat"]!
        let pairings = data.pairings.indices.filter { data.pairings[$0].peer == "surat" }
        let sessions = data.sessions.indices.filter { data.sessions[$0].peer == "surat" }
        #expect(CityPage(city: k, in: data, index: index, detail: .full, pairings: pairings, sessions: sessions).lines
                == CityPage(city: k, in: data, index: index, detail: .full).lines)
    }
}
