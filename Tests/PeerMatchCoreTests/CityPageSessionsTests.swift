import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// The full city page (City view, `cities show`) shows each active pair's
/// goal progress and fit flag, and the forum events the city attended.
@Suite struct CityPageSessionsTests {
    func forum() -> ForumData {
        var data = Fixtures.multilingualForum()
        data.sessions[0].cities = ["accra", "casablanca"]  // a webinar others joined
        data.sessions[1].milestones = ["m2"]
        data.sessions[2].rating = 1  // shenzhen–sao-paulo's first session: flagged
        data.pairings[0].goal = LearningGoal(text: "Flood early warning", milestones: [
            .init(id: "m1", text: "alerts drafted"), .init(id: "m2", text: "procedure adopted"), .init(id: "m3", text: "drill held"),
        ])
        data.normalize()
        return data
    }

    func page(_ id: String, _ detail: CityPage.Detail, _ data: ForumData) -> [String] {
        let index = ForumIndex(data)
        return CityPage(city: index.cityPosition[id]!, in: data, index: index, detail: detail).lines.map(\.text)
    }

    @Test func activePairingsShowGoalProgressAndFitFlag() {
        let data = forum()
        let surat = page("surat", .full, data)
        let pairing = surat.firstIndex { $0.hasPrefix("  Chennai சென்னை — since 2026-02-01") }
        #expect(pairing != nil)
        #expect(pairing.map { surat[$0 + 1] } == "    goal 1 of 3: Flood early warning")
        let saoPaulo = page("sao-paulo", .full, data)
        #expect(saoPaulo.contains("    ⚑ first session rated 1 of 5 (s000003, 2026-05-02)"))
        #expect(!saoPaulo.contains { $0.hasPrefix("    goal") })
        // The side pane stays short: no goal or flag lines there.
        #expect(!page("surat", .summary, data).contains { $0.hasPrefix("    goal") })
    }

    @Test func eventsAttendedAreListed() {
        let data = forum()
        let accra = page("accra", .full, data)
        let heading = accra.firstIndex(of: "events attended")
        #expect(heading.map { accra[$0 + 1] } == "  2026-02-20  webinar of Chennai சென்னை and Surat સુરત")
        #expect(!page("pune", .full, data).contains("events attended"))
    }
}
