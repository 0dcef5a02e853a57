import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

@Suite struct PartnersScreenTests {
    @Test func mentorsOfAPeerAt60x16() {
        var app = AppDriver(width: 60, height: 16)
        app.press(.startSearch)
        app.type("accra")
        app.press(.acceptSearch)
        app.press(.openPartners)
        expectScreen(app.screen, [
            " [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports",
            "Mentors (pilots) that fit Accra — 2 allowed, best first",
            "  #  name             cc  score  cap     sessions   why",
            "  1  Chennai சென்னை    IN    6.0  2 left  0 of 2     water-r…",
            "  2  Pune पुणे          IN    4.0  3 left  0 of 0     water-r…",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────",
            "Chennai சென்னை → Accra   score 6.0",
            "  water-resilience         +3.0   pilot level 3, peer level…",
            "  flood-management         +2.0   pilot level 3, peer level…",
            "  shared language          +1.0   en",
            "  not the same region",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "Enter open  Esc back  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func explanationInEachRowOnAWideScreen() {
        var app = AppDriver(width: 200, height: 50)
        app.press(.startSearch)
        app.type("accra")
        app.press(.acceptSearch)
        app.press(.openPartners)
        let row = app.screen.row(containing: "  1  Chennai சென்னை")!
        #expect(app.lines[row].contains("water-resilience +3.0, flood-management +2.0, language en +1.0"))
    }

    @Test func fullPilotsAreMarked() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("medellin")
        app.press(.acceptSearch)
        app.press(.openPartners)
        let row = app.screen.row(containing: "Shenzhen 深圳")!
        #expect(app.lines[row].contains(" full "))
        #expect(app.screen[4, row].style.dim || app.screen[4, row].style.reverse)
        #expect(app.screen.row(containing: "capacity: full (no capacity left)") != nil)
    }

    @Test func enterOpensThePilotInTheCitiesScreen() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("accra")
        app.press(.acceptSearch)
        app.press(.openPartners)
        app.press(.moveDown)
        app.press(.openPartner)
        // The search hid Pune, so it is dropped; Pune is selected and shown.
        #expect(app.lines[1].hasSuffix("8 of 8"))
        let row = app.screen.row(containing: "Pune पुणे  ")!
        #expect(app.screen[0, row].style.reverse)
        #expect(app.screen.row(containing: "Pune पुणे  (pune)") != nil)
        #expect(app.lines[22].contains("Pune पुणे: pilot for Accra, score 4.0"))
    }

    @Test func escapeReturnsToTheList() {
        var app = AppDriver()
        app.press(.moveDown)
        app.press(.moveDown)
        app.press(.openPartners)
        #expect(app.lines[1].hasPrefix("Peers that fit Chennai சென்னை"))
        app.press(.back)
        #expect(app.screen.row(containing: "Chennai சென்னை  (chennai)") != nil)
    }

    @Test func peersOfAPilotLeaveOutTheAlreadyPaired() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("shenzhen")
        app.press(.acceptSearch)
        app.press(.openPartners)
        #expect(app.lines[1].hasPrefix("Peers that fit Shenzhen 深圳 — 1 allowed"))
        #expect(app.lines[3].contains("Medellín"))
        #expect(app.screen.row(containing: "São Paulo") == nil)
    }

    @Test func aMemberHasNoPartners() {
        var app = AppDriver()
        app.press(.moveDown)
        app.press(.openPartners)
        #expect(app.screen.row(containing: "A member joins webinars and is never paired.") != nil, "\(app.screen.screenText)")
    }
}
