import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

@Suite struct CitiesScreenTests {
    @Test func firstScreenAt80x24() {
        let app = AppDriver()
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "/ to search  no filters                                       sort:name↑  8 of 8",
            "name                    cc  region         role      cap  top areas",
            "Accra                   GH  Sub-Saharan …  peer      0/1  water-resilience³ flo…",
            "Casablanca الدار البي…  MA  Middle East …  member    0/0  climate-governance¹",
            "Chennai சென்னை           IN  South Asia     pilot     1/3  flood-management³ wat…",
            "Medellín                CO  Latin America  peer      0/1  public-transport³ e-m…",
            "Pune पुणे                 IN  South Asia     pilot     0/3  water-resilience³ cli…",
            "São Paulo               BR  Latin America  peer      1/1  e-mobility³ flood-man…",
            "Shenzhen 深圳           CN  East Asia      pilot     1/1  e-mobility³ public-tr…",
            "Surat સુરત               IN  South Asia     peer      1/1  flood-management³",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────────────────────────",
            "Accra  (accra)",
            "GH · Sub-Saharan Africa · peer · capacity 0/1 used",
            "languages  en",
            "networks   C40",
            "interests",
            "  ●●● Water resilience (level 3)",
            "  ●●○ Flood management (level 2)",
            "fixture · 8 cities · 2 active pairings · 3 sessions",
            "/ search  m mentors  Enter open  f filter  s sort  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func wideAndCombiningNamesKeepColumnsAligned() {
        let app = AppDriver()
        let grid = app.screen
        let shenzhen = grid.row(containing: "深圳")!
        let pune = grid.row(containing: "पुणे")!
        let accra = grid.row(containing: "Accra")!
        #expect(cellColumn(of: "CN", row: shenzhen, in: grid) == 24)
        #expect(cellColumn(of: "IN", row: pune, in: grid) == 24)
        #expect(cellColumn(of: "GH", row: accra, in: grid) == 24)
        // 深 takes two cells: the second is its continuation.
        let x = cellColumn(of: "深圳", row: shenzhen, in: grid)!
        #expect(grid[x, shenzhen].text == "深" && grid[x + 1, shenzhen].isContinuation)
        // पु is one grapheme (base and vowel sign) in one cell.
        let px = cellColumn(of: "पुणे", row: pune, in: grid)!
        #expect(grid[px, pune].text == "पु" && grid[px + 1, pune].text == "णे")
    }

    @Test func selectionIsReverseVideoNotOnlyColour() {
        var app = AppDriver()
        app.press(.moveDown)
        let row = app.screen.row(containing: "Casablanca")!
        #expect(app.screen[0, row].style.reverse)
        #expect(!app.screen[0, row - 1].style.reverse)
        #expect(app.screen.row(containing: "Casablanca الدار البيضاء  (casablanca)") != nil)
    }

    @Test func searchIsAccentInsensitiveAndIncremental() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("medel")
        #expect(app.lines[1].hasPrefix("/medel▏"))
        app.type("lin")
        #expect(app.lines[1].hasPrefix("/medellin▏"))
        #expect(app.lines[1].hasSuffix("1 of 8"))
        #expect(app.lines[3].hasPrefix("Medellín                CO  Latin America  peer"))
        #expect(app.lines[4] == "")
        app.press(.acceptSearch)
        #expect(app.lines[1].hasPrefix("/medellin  "))
        app.press(.clearSearch)
        #expect(app.lines[1].hasSuffix("8 of 8"))
    }

    @Test func searchFindsScriptsAndCountries() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("深圳")
        #expect(app.lines[3].hasPrefix("Shenzhen 深圳"))
        app.press(.deleteSearchCharacter)
        app.press(.deleteSearchCharacter)
        app.type("sao")
        #expect(app.lines[3].hasPrefix("São Paulo"))
        app.press(.cancelSearch)
        app.press(.startSearch)
        app.type("in")
        // "in" is in names and in the country code IN.
        // Chennai, Medellín, Pune and Surat (India: IN).
        #expect(app.lines[1].hasSuffix("4 of 8"))
    }

    @Test func roleFilterCyclesAndShowsInTheBar() {
        var app = AppDriver()
        app.press(.cycleRole)
        #expect(app.lines[1].contains("role:pilot"))
        #expect(app.lines[3].hasPrefix("Chennai"))
        #expect(app.lines[4].hasPrefix("Pune"))
        #expect(app.lines[5].hasPrefix("Shenzhen"))
        #expect(app.lines[6] == "")
        app.press(.clearFilters)
        #expect(app.lines[1].contains("no filters"))
    }

    @Test func filterChooserPicksAnArea() {
        var app = AppDriver()
        app.press(.chooseFilter)
        #expect(app.screen.row(containing: "Filter cities by") != nil)
        app.press(.moveDown)
        app.press(.choose)
        #expect(app.screen.row(containing: "Filter by area") != nil)
        #expect(app.screen.row(containing: "e-mobility  (3)") != nil)
        for _ in 0..<5 { app.press(.moveDown) }
        app.press(.choose)
        #expect(app.lines[1].contains("area:e-mobility"))
        #expect(app.lines[3].hasPrefix("Medellín"))
        #expect(app.lines[4].hasPrefix("São Paulo"))
        #expect(app.lines[5].hasPrefix("Shenzhen 深圳"))
        #expect(app.lines[6] == "")
        #expect(app.lines[22].contains("3 cities match"))
    }

    @Test func sortCyclesThroughColumns() {
        var app = AppDriver()
        app.press(.sortNext)
        #expect(app.lines[1].contains("sort:country↑"))
        #expect(app.lines[3].hasPrefix("São Paulo"))
        app.press(.sortReverse)
        #expect(app.lines[3].hasPrefix("Casablanca"))
    }

    @Test func enterOpensTheCityInFull() {
        var app = AppDriver()
        app.press(.moveLast)
        app.press(.openCity)
        #expect(app.lines[2] == " City")
        #expect(app.lines[3] == " Surat સુરત  (surat)")
        #expect(app.screen.row(containing: "Chennai சென்னை — since 2026-02-01 [2026-spring], 2 sessions") != nil)
        #expect(app.screen.row(containing: "sessions   2, last on 2026-04-11") != nil)
        app.press(.back)
        #expect(app.lines[2].hasPrefix("name"))
    }

    @Test func mouseClickSelectsARowAndATab() {
        var app = AppDriver()
        app.click(x: 3, y: 6)
        #expect(app.screen.row(containing: "Medellín  (medellin)") != nil)
        app.loop.step(&app.model, .mouse(MouseEvent(.wheelDown, x: 3, y: 6)))
        #expect(app.screen.row(containing: "Shenzhen 深圳  (shenzhen)") != nil)
        app.click(x: 26, y: 0)
        #expect(app.model.tabTitle == "Match")
    }
}

@Suite struct AppShellTests {
    @Test func helpOverlayListsTheKeysInForce() {
        var app = AppDriver()
        app.press(.toggleHelp)
        expectScreen(app.screen, [
            " PeerMatch  [1 Cities]  2 Match   3 Pairs   4 Sessions   5 Reports   Test Forum",
            "/┌─ Keys — Esc closes, ↓↑ scroll ─────────────────────────────────────────────┐8",
            "n│ Cities                                                                     │",
            "A│   /                      search name, id or country; again: a new search   │…",
            "C│   n                      next match of the search                          │",
            "C│   N                      previous match of the search                      │…",
            "M│   m                      pilots that fit this peer (peers, for a pilot)    │…",
            "P│   Enter                  open the city in full                             │…",
            "S│   f                      filter by role, area, region or network           │…",
            "S│   r                      role filter: any → pilot → peer → member          │…",
            "S│   x                      clear every filter                                │",
            " │   Esc                    clear the search                                  │",
            " │   s                      sort by the next column                           │",
            " │   S                      reverse the sort                                  │",
            "─│                                                                            │─",
            "A│ Moving in a list                                                           │",
            "G│   ↓ / j                  next row                                          │",
            "l│   ↑ / k                  previous row                                      │",
            "n│   PgDn / Ctrl-D          next page                                         │",
            "i│   PgUp / Ctrl-U          previous page                                     │",
            " │   Home / g               first row                                         │",
            " │   End / G                last row                                          │",
            "f└─────────────────────────────────────────────────────────────────── more ↓ ─┘",
            "Esc close  ↓↑ move",
        ])
        app.press(.moveLast)
        #expect(app.screen.row(containing: "quit (also Ctrl-C)") != nil)
        app.press(.closeHelp)
        #expect(app.lines[2].hasPrefix("name"))
    }

    @Test func tooSmallWindowSaysSoAndComesBack() {
        var app = AppDriver()
        app.resize(width: 50, height: 12)
        expectScreen(app.screen, [
            "",
            "",
            "",
            "",
            "             Window too small: 50×12",
            "          Enlarge it to at least 60×16.",
            "                    (q quits)",
        ])
        app.resize(width: 80, height: 24)
        #expect(app.lines[2].hasPrefix("name"))
        app.press(.quit)
        #expect(app.model.shouldQuit)
    }

    @Test func resizeRedrawsAtTheNewSize() {
        var app = AppDriver()
        app.resize(width: 200, height: 50)
        #expect(app.screen.width == 200 && app.screen.height == 50)
        // Wide screens put the detail on the right.
        #expect(app.lines[2].contains("│Accra  (accra)"))
        #expect(app.lines[49].hasPrefix("/ search"))
    }

    @Test func screensSayWhatIsComing() {
        var app = AppDriver()
        app.press(.nextScreen)
        #expect(app.lines[0].contains("[2 Match]"))
        #expect(app.screen.row(containing: "No proposals yet") != nil)
        app.press(.showReports)
        #expect(app.lines[1].hasPrefix("Report"))
        app.press(.nextScreen)
        #expect(app.lines[0].contains("[1 Cities]"))
        app.press(.previousScreen)
        app.press(.showPairs)
        app.press(.showSessions)
        #expect(app.lines[1].hasPrefix("[sessions]"))  // the Sessions screen of issue 16
        app.press(.showCities)
        #expect(app.lines[2].hasPrefix("name"))
    }

    @Test func unboundKeySaysHowToFindTheKeys() {
        var app = AppDriver()
        app.loop.step(&app.model, .key(.character("z")))
        #expect(app.lines[22].contains("z: no action here (? shows the keys)"))
    }
}

@Suite struct FilterChooserTests {
    @Test func longListsScrollInASmallWindow() {
        var app = AppDriver(width: 60, height: 16)
        app.press(.chooseFilter)
        app.press(.moveDown)
        app.press(.choose)
        // 16 lines (any + 15 areas) in a box 10 lines high: the last is reached by scrolling.
        app.press(.moveLast)
        #expect(app.screen.row(containing: "climate-finance") != nil)
        #expect(app.screen.row(containing: "water-resilience") == nil)
        app.press(.choose)
        #expect(app.lines[1].contains("area:climate-finance"))
        #expect(app.lines[3] == "(nothing to show)")
    }

    @Test func reopeningSelectsTheCurrentValueAndEscapeStepsBack() {
        var app = AppDriver()
        app.press(.cycleRole)
        app.press(.chooseFilter)
        app.press(.choose)
        let row = app.screen.row(containing: "pilot  (3)")!
        #expect(app.screen[app.screen.width / 2, row].style.reverse)
        app.press(.closeChooser)
        #expect(app.screen.row(containing: "Filter cities by") != nil)
        app.press(.closeChooser)
        #expect(app.screen.row(containing: "Filter cities by") == nil)
        #expect(app.lines[1].contains("role:pilot"))
    }
}

@Suite struct IncrementalSearchTests {
    /// A combining accent typed after its letter joins it: the search still finds.
    @Test func aCombiningAccentTypedAfterItsLetter() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("medelli")
        app.type("\u{301}")
        app.type("n")
        #expect(app.lines[3].hasPrefix("Medellín"), "\(app.screen.screenText)")
    }

    @Test func narrowingGivesWhatAFreshSearchGives() {
        var typed = AppDriver()
        typed.press(.startSearch)
        typed.type("su")
        typed.type("rat")
        let fresh = AppDriver()
        var state = fresh.model.cities
        state.filter.search = "surat"
        state.refilter(fresh.model.catalog, visibleRows: 10)
        #expect(typed.model.cities.visible == state.visible)
    }
}
