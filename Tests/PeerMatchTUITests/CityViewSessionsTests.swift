import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The City view shows the forum events the city attended and its pair's goal progress.
@Suite struct CityViewSessionsTests {
    @Test func cityViewListsEventsAttendedAndGoalProgress() {
        var app = AppDriver(SessionsFixture.data(), width: 100, height: 40)
        app.apply([.push(CityController(city: "accra", app.model.context))])
        let heading = app.screen.row(containing: "events attended")
        #expect(heading != nil)
        #expect(heading.map { app.lines[$0 + 1].trimmingTrailingSpaces } == "   2026-02-20  webinar of Chennai சென்னை and Surat સુરત")
        app.apply([.pop, .push(CityController(city: "surat", app.model.context))])
        #expect(app.screen.row(containing: "    goal 1 of 4: Flood early warning") != nil)
    }
}
