import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The Pairs screen on the fixture forum, counting days to a fixed today.
@Suite struct PairsScreenTests {
    static func pairs(_ data: ForumData = Fixtures.multilingualForum()) -> AppDriver {
        var app = AppDriver(data)
        app.press(.showPairs)
        app.apply([.push(PairsController(today: Day("2026-09-16")!))])
        return app
    }

    @Test func activePairingsWithSessionsQuietDaysAndDetail() {
        let app = Self.pairs()
        expectScreen(app.screen, [
            " PeerMatch   1 Cities   2 Match  [3 Pairs]  4 Sessions   5 Reports   Test Forum",
            "status:active  cohort:all  2 pairings",
            "pilot         peer          status  cohort       sessions  quiet  goal    fit",
            "Chennai சென்…  Surat સુરત     active  2026-spring         2    158",
            "Shenzhen 深…  São Paulo     active                      1    137",
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
            "Chennai சென்னை → Surat સુરત  active since 2026-02-01 [2026-spring]",
            "sessions 2, last on 2026-04-11",
            "",
            "",
            "",
            "",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "t status  c cohort  / city  E end  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func filtersByStatusCohortAndCity() {
        var app = Self.pairs()
        app.press(.cycleStatus)
        #expect(app.lines[1].hasPrefix("status:ended"))
        app.press(.cycleStatus)
        #expect(app.lines[1].hasPrefix("status:all"))
        app.press(.cycleCohort)
        #expect(app.lines[1].contains("cohort:(none)"))
        app.press(.cycleCohort)
        #expect(app.lines[1].contains("cohort:2026-spring  1 pairings"))
        app.press(.cycleCohort)
        app.press(.filterPairsByCity)
        app.type("paulo")
        app.press(.acceptText)
        #expect(app.lines[1].contains("city:paulo  1 pairings"))
        #expect(app.lines[3].hasPrefix("Shenzhen"))
    }

    @Test func endingAPairingIsAnUndoableEdit() {
        var app = Self.pairs()
        app.press(.endPairing)
        #expect(app.model.message?.hasPrefix("end chennai–surat (unsaved") == true)
        app.settle()
        #expect(app.lines[1].hasSuffix("1 pairings"))
        #expect(app.model.hasUnsavedEdits)
        // An ended pairing cannot be ended again: Core's sentence.
        app.press(.cycleStatus)
        #expect(app.lines[3].hasPrefix("Chennai"))
        app.press(.endPairing)
        #expect(app.model.message == "not done: chennai–surat has no active pairing to end")
        app.press(.cycleStatus)
        app.press(.cycleStatus)
        app.press(.undo)
        #expect(app.model.message == "undone: end chennai–surat")
        app.settle()
        #expect(app.lines[1].hasSuffix("2 pairings"))
        app.press(.redo)
        app.settle()
        #expect(app.lines[1].hasSuffix("1 pairings"))
    }

    @Test func tinyTerminalsDoNotCrash() {
        var app = Self.pairs()
        for (w, h) in [(20, 5), (40, 10), (60, 16), (200, 60)] {
            app.resize(width: w, height: h)
            _ = app.lines
        }
    }
}
