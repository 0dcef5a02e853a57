import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The City view prints Core's full `CityPage`: what `cities show` prints.
@Suite struct CityViewTests {
    @Test func cityViewShowsTheFullPageWithHistory() {
        var data = Fixtures.multilingualForum()
        data.pairings.append(Pairing(pilot: "pune", peer: "surat", status: .ended, start: Day("2025-01-10")!,
                                     end: Day("2025-06-30")!))
        var app = AppDriver(data, width: 100, height: 30)
        app.press(.moveLast)
        app.press(.openCity)
        #expect(app.lines[3] == " Surat સુરત  (surat)")
        let ended = app.screen.row(containing: "Pune पुणे — ended, 2025-01-10 to 2025-06-30, 0 sessions")
        #expect(ended != nil)
        #expect(ended.map { app.screen[1, $0].style.dim } == true)
        #expect(app.screen.row(containing: "2026-04-11  city-visit with Chennai சென்னை, water-resilience") != nil)
        // Line for line what `cities show surat` prints.
        let index = ForumIndex(data)
        let page = CityPage(city: index.cityPosition["surat"]!, in: data, index: index, detail: .full).lines.map(\.text)
        let shown = app.lines[3..<(3 + page.count)].map { String($0.dropFirst()).trimmingTrailingSpaces }
        #expect(shown == page)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
