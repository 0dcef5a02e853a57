import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// `C` on the Sessions screen: the city filter for any city that attended
/// (pilot, peer or member at a forum event), picked by incremental search
/// in the Match screen's picker.
@Suite struct SessionsCityFilterTests {
    /// The selected session's cities (pair, then the event's members), then the others by folded name.
    @Test func thePickerListsTheSelectedSessionsCitiesFirstAt80x24() {
        var app = SessionsFixture.app()
        app.press(.filterToCity)
        #expect(app.lines == [
            " PeerMatch   1 Cities   2 Match   3 Pairs  [4 Sessions]  5 Reports   Test Forum",
            "[sessions] / to search  no filters                                        3 of 3",
            "date        pair                      format           ★  follow-up",
            "20┌─ Sessions of which city? (pilot, peer or member) ────────────────────────┐t…",
            "20│  search: ▏                                                               │",
            "20│  Chennai சென்னை                       pilot · IN · 2 sessions             │",
            "  │  Surat સુરત                           peer · IN · 2 sessions              │",
            "  │  Accra                               peer · GH · 1 session               │",
            "  │  Casablanca الدار البيضاء            member · MA · 1 session             │",
            "  │  Medellín                            peer · CO · no session              │",
            "  │  Pune पुणे                             pilot · IN · no session             │",
            "  │  São Paulo                           peer · BR · 1 session               │",
            "  │  Shenzhen 深圳                       pilot · CN · 1 session              │",
            "  │                                                                          │",
            "──│                                                                          │──",
            "ch│                                                                          │",
            "pa│                                                                          │",
            "go│                                                                          │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  └──────────────────────────────────────────────────────────────────────────┘",
            "",
            "fixture · 8 cities · 3 active pairings · 3 sessions",
            "Enter take  Esc back",
        ])
    }

    @Test func aMemberCityPickedBySearchFiltersTheListAndShowsInTheBar() {
        var app = SessionsFixture.app()
        app.press(.filterToCity)
        app.type("casa")
        #expect(app.lines[4].contains("search: casa▏"))
        #expect(app.lines[5].contains("Casablanca"))
        #expect(app.lines[6].contains("│  " + String(repeating: " ", count: 72) + "│"))  // the only match
        app.press(.pickCity)
        #expect(app.model.overlayCount == 0)
        #expect(app.lines[1] == "[sessions] / to search  city:casablanca                                   1 of 3")
        #expect(app.lines[3].hasPrefix("2026-02-20  chennai–surat"))  // the forum event it attended
        // Filters combine; C again clears the city only.
        app.press(.cycleRatingFilter)  // 4–5
        #expect(app.lines[1].contains("city:casablanca rating:4–5"))
        app.press(.filterToCity)
        #expect(app.lines[1].contains("rating:4–5") && !app.lines[1].contains("city:"))
        #expect(app.lines[1].hasSuffix("2 of 3"))
    }

    @Test func escapeLeavesTheFilterAsItWasAndAnUnknownSearchPicksNothing() {
        var app = SessionsFixture.app()
        app.press(.filterToCity)
        app.type("zzz")
        #expect(app.lines[5].contains("nothing matches"))
        app.press(.pickCity)  // nothing to take: the picker stays
        #expect(app.model.overlayCount == 1)
        app.press(.cancelPick)
        #expect(app.model.overlayCount == 0)
        #expect(app.lines[1].hasSuffix("no filters                                        3 of 3"))
    }

    @Test func thePickerSurvivesTinyTerminals() {
        var app = SessionsFixture.app()
        app.press(.filterToCity)
        for (w, h) in [(1, 1), (12, 3), (20, 6), (30, 8), (40, 10), (80, 24)] {
            app.resize(width: w, height: h)
            // Keys straight to the loop: at some sizes the shell shows only "too small".
            for key: Key in [.character("a"), .down, .pageDown, .backspace] {
                app.loop.step(&app.model, .key(key))
            }
        }
        #expect(app.model.overlayCount == 1)
        #expect(app.lines[3].contains("Sessions of which city?"))
    }
}
