import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The Match screen's filters: by shared area, by region (pilot's or peer's),
/// the peers whose request went unmet, the pinned pairs; `x` clears them.
/// On the fixture the match proposes chennai–accra alone.
@Suite struct MatchFilterTests {
    @Test func areaFilterCyclesTheSharedAreasWithCountsAndTheBarSaysIt() {
        var app = MatchScreenTests.matched()
        app.press(.cycleMatchAreaFilter)
        #expect(app.model.message == "area flood-management: 1 pair shown")
        expectScreen(app.screen, [
            " PeerMatch   1 Cities  [2 Match]  3 Pairs   4 Sessions   5 Reports   Test Forum",
            "area flood-management: 1 shown · optimal · 1 pairs · total 6.0 · unmatched: 2 p…",
            "pilot             peer              score       request      why",
            "Chennai சென்னை     Accra               6.0                    water-resilience +…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────────────────────────",
            "Chennai சென்னை → Accra   score 6.0",
            "  water-resilience +3.0, flood-management +2.0, language en +1.0",
            "coverage (peers with a pilot / interested): water-resilience 1/1 · flood-manage…",
            "pairs per region: Sub-Saharan Africa 1",
            "",
            "",
            "",
            "area flood-management: 1 pair shown │ workspace uncommitted · fixture · 8 citie…",
            "r run  a accept  p pin  + pair  c commit  ↓↑ move  ? help  q quit",
        ])
        app.press(.cycleMatchAreaFilter)
        #expect(app.model.message == "area water-resilience: 1 pair shown")
        // Past the last area the proposal has: any area again.
        app.press(.cycleMatchAreaFilter)
        #expect(app.model.message == "any area: 1 pair shown")
        #expect(app.lines[1].hasPrefix("optimal · "))
    }

    @Test func regionFilterKeepsPairsWhosePilotOrPeerIsThere() {
        var app = MatchScreenTests.matched()
        app.press(.cycleMatchRegionFilter)
        #expect(app.model.message == "region South Asia: 1 pair shown")
        app.press(.cycleMatchRegionFilter)
        #expect(app.model.message == "region Sub-Saharan Africa: 1 pair shown")
        #expect(app.lines[1].hasPrefix("region Sub-Saharan Africa: 1 shown · optimal"))
    }

    @Test func pinnedAndUnmetRequestFiltersThenXClearsButKeepsTheSearch() throws {
        var data = Fixtures.multilingualForum()
        // Accra asks for Pune alone and gets Chennai: an unmet request.
        try data.setRequest(peer: "accra", pilots: ["pune"])
        var app = MatchScreenTests.matched(data)
        app.press(.togglePinnedFilter)
        #expect(app.model.message == "pinned pairs: 0 pairs shown")
        #expect(app.lines[3] == "No pair matches pinned.")
        app.press(.togglePinnedFilter)
        app.press(.togglePin)
        app.settle()
        app.press(.togglePinnedFilter)
        #expect(app.model.message == "pinned pairs: 1 pair shown")
        app.press(.toggleUnmetRequestsFilter)
        #expect(app.model.message == "peers without a requested pilot: 1 pair shown")
        #expect(app.lines[1].hasPrefix("unmet requests · pinned: 1 shown · "))
        app.press(.searchProposals)
        app.type("lagos")
        app.press(.acceptText)
        #expect(app.lines[3] == "No pair matches /lagos · unmet requests · pinned.")
        app.press(.clearFilters)
        #expect(app.model.message == "every filter cleared: 0 pairs shown")
        #expect(app.lines[1].hasPrefix("/lagos: 0 shown · optimal"))
        app.press(.clearFilters)
        #expect(app.model.message == "no filter to clear")
    }

    @Test func aPeerThatGotItsRequestIsNotUnmet() throws {
        var data = Fixtures.multilingualForum()
        try data.setRequest(peer: "accra", pilots: ["chennai"])
        var app = MatchScreenTests.matched(data)
        app.press(.toggleUnmetRequestsFilter)
        #expect(app.model.message == "peers without a requested pilot: 0 pairs shown")
    }

    @Test func filteredListAtSmallSizesDoesNotCrash() {
        var app = MatchScreenTests.matched()
        app.press(.cycleMatchAreaFilter)
        for (w, h) in [(12, 5), (40, 10), (60, 12)] {
            app.resize(width: w, height: h)
            if !app.model.isTooSmall {
                app.press(.cycleMatchRegionFilter)
                #expect(app.model.message?.hasPrefix("region ") == true)
            }
            _ = app.lines
        }
    }
}
