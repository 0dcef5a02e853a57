import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The Sessions screen: lists, search, filters, follow-ups, fit and goal.
@Suite struct SessionsScreenTests {
    @Test func sessionListWithTheSelectedPairsTimelineAt80x24() {
        let app = SessionsFixture.app()
        #expect(app.lines == [
            " PeerMatch   1 Cities   2 Match   3 Pairs  [4 Sessions]  5 Reports   Test Forum",
            "[sessions] / to search  no filters                                        3 of 3",
            "date        pair                      format           ★  follow-up",
            "2026-02-20  chennai–surat             webinar          4  Share the flood alert…",
            "2026-04-11  chennai–surat             city-visit       5  Send the budget",
            "2026-05-02  shenzhen–sao-paulo        call             2",
            "", "", "", "", "", "", "", "",
            "────────────────────────────────────────────────────────────────────────────────",
            "chennai–surat  ·  2 sessions, last 51 days ago",
            "paired since 2026-02-01",
            "goal 1 of 4 milestones: Flood early warning",
            "  2026-02-20  webinar  rated 4/5",
            "  2026-04-11  city-visit  rated 5/5  ✓m1  Drainage maps compared",
            "", "",
            "fixture · 8 cities · 3 active pairings · 3 sessions",
            "/ search  v view  a log  e edit  c done  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func openFollowUpsOverdueFirstAndStalePairsAt80x24() {
        var app = SessionsFixture.app()
        app.press(.nextSessionView)
        #expect(Array(app.lines[1...4]) == [
            "[open follow-ups]                                                 1 overdue of 2",
            "due         when          pair                    follow-up",
            "2026-03-15  78d overdue   chennai–surat           Share the flood alert protocol",
            "2026-06-20  in 19d        chennai–surat           Send the budget",
        ])
        #expect(app.screen[0, 3].style.foreground == .red)  // overdue
        #expect(app.screen[0, 4].style.foreground == .default)
        app.press(.nextSessionView)
        #expect(app.lines == [
            " PeerMatch   1 Cities   2 Match   3 Pairs  [4 Sessions]  5 Reports   Test Forum",
            "[stale pairs]                                                  1 quiet > 90 days",
            "pair                                   quiet  last session  cohort",
            "pune–accra                          182 days  none yet",
            "", "", "", "", "", "", "", "", "", "",
            "────────────────────────────────────────────────────────────────────────────────",
            "pune–accra  ·  0 sessions, no session yet",
            "paired since 2025-12-01",
            "", "", "", "", "",
            "showing stale pairs │ fixture · 8 cities · 3 active pairings · 3 sessions",
            "/ search  v view  a log  e edit  c done  ↓↑ move  ? help  q quit",
        ])
        #expect(app.screen[0, 3].style.foreground == .red)
    }

    @Test func searchStepsThroughMatchesAndEscPutsTheOldSearchBack() {
        var app = SessionsFixture.app()
        app.press(.startSearch)
        app.type("budget")
        #expect(app.lines[1].hasPrefix("[sessions] /budget▏"))
        #expect(app.lines[1].hasSuffix("1 of 3"))
        app.press(.acceptSearch)
        app.press(.startSearch)
        app.type("chennai")  // replaces the kept search, shown selected
        #expect(app.lines[1].hasSuffix("2 of 3"))
        app.press(.cancelSearch)
        #expect(app.lines[1].hasPrefix("[sessions] /budget"))
        #expect(app.lines[1].hasSuffix("1 of 3"))
        app.press(.clearSearch)
        app.press(.startSearch)
        app.type("s")
        app.press(.acceptSearch)
        app.press(.moveFirst)
        app.press(.nextMatch)
        #expect(app.lines[22].hasPrefix("match 2 of 3"))
        app.press(.previousMatch)
        app.press(.previousMatch)
        #expect(app.lines[22].hasPrefix("match 3 of 3"))
    }

    @Test func filtersNarrowTheListAndClearTogether() {
        var app = SessionsFixture.app()
        app.press(.filterToPair)
        #expect(app.lines[1].contains("pair:chennai–surat"))
        #expect(app.lines[1].hasSuffix("2 of 3"))
        app.press(.cycleRatingFilter)  // 4–5
        #expect(app.lines[1].hasSuffix("2 of 3"))
        app.press(.cycleFormatFilter)  // webinar
        #expect(app.lines[1].hasSuffix("1 of 3"))
        app.press(.clearFilters)
        #expect(app.lines[1].hasSuffix("3 of 3"))
        app.press(.toggleOpenFollowUps)
        #expect(app.lines[1].contains("open follow-ups"))
        #expect(app.lines[1].hasSuffix("2 of 3"))
        app.press(.clearFilters)
        app.press(.moveLast)
        app.press(.filterToCity)
        app.press(.pickCity)  // the selected session's pilot comes first: shenzhen
        #expect(app.lines[1].contains("city:shenzhen"))
        #expect(app.lines[1].hasSuffix("1 of 3"))
    }

    @Test func markingAFollowUpDoneIsUndoable() {
        var app = SessionsFixture.app()
        app.press(.nextSessionView)
        app.press(.toggleFollowUpDone)
        app.settle()
        #expect(app.lines[1].hasSuffix("0 overdue of 1"))
        #expect(app.lines[3].hasPrefix("2026-06-20"))
        app.press(.undo)
        app.settle()
        #expect(app.lines[1].hasSuffix("1 overdue of 2"))
    }

    @Test func poorFitVerdictFlagsThePairAndAGoodOneClearsIt() {
        var app = SessionsFixture.app()
        app.press(.recordPoorFit)
        app.type("no shared language")
        app.press(.acceptText)
        app.settle()
        #expect(app.screen.row(containing: "⚑ not a fit (2026-06-01): no shared language") != nil)
        #expect(app.screen.row(containing: "fit: not a fit (no shared language)") != nil)
        #expect(app.model.context.catalog.data.fitFlag(for: PairKey(pilot: "chennai", peer: "surat")) != nil)
        app.press(.recordGoodFit)
        app.settle()
        #expect(app.screen.row(containing: "⚑") == nil)
        #expect(app.screen.row(containing: "fit: good fit") != nil)
        // A first session rated 2 flags shenzhen–sao-paulo without a verdict.
        app.press(.moveLast)
        #expect(app.screen.row(containing: "⚑ first session rated 2 of 5 (s000003, 2026-05-02)") != nil)
    }

    @Test func goalAndMilestonesAreEditableAndShowProgress() {
        var app = SessionsFixture.app()
        app.press(.editGoal)
        #expect(app.screen.row(containing: "procedure adopted; drill held; review▏") != nil)
        app.press(.cancelText)
        app.press(.moveLast)
        app.press(.editGoal)
        app.type("Bus depots electric; plan; tender")
        app.press(.acceptText)
        app.settle()
        #expect(app.screen.row(containing: "goal 0 of 2 milestones: Bus depots electric") != nil)
    }

    @Test func tinyTerminalsDoNotCrash() {
        for (w, h) in [(1, 1), (10, 4), (20, 6), (40, 10)] {
            var app = AppDriver(SessionsFixture.data(), width: w, height: h)
            // Keys straight to the loop: at some sizes the shell shows only "too small".
            let keys: [Key] = [.character("4"), .character("v"), .character("v"), .character("v"), .character("a"),
                               .character("x"), .enter, .tab, .tab, .tab, .tab, .tab, .tab, .control("e"), .escape]
            for key in keys {
                app.loop.step(&app.model, .key(key))
                app.loop.draw(app.model)
            }
        }
    }
}

extension SessionsScreenTests {
    @Test func areaAndDateRangeFilters() {
        var app = SessionsFixture.app()
        app.press(.chooseDateRange)
        app.type("2026-03-01..2026-04-30")
        app.press(.acceptText)
        #expect(app.lines[1].contains("dates:2026-03-01..2026-04-30"))
        #expect(app.lines[1].hasSuffix("1 of 3"))
        app.press(.chooseDateRange)
        for _ in 0..<22 { app.press(.deleteTextCharacter) }
        app.type("2026-05-01..")
        app.press(.acceptText)
        #expect(app.lines[1].hasSuffix("1 of 3"))
        #expect(app.lines[3].hasPrefix("2026-05-02"))
        app.press(.chooseDateRange)
        app.type("x")
        app.press(.acceptText)
        #expect(app.lines[22].hasPrefix("expected dates as FROM..TO, each YYYY-MM-DD or empty, got \"2026-05-01..x\""))
        #expect(app.lines[1].hasSuffix("1 of 3"))
        app.press(.clearFilters)
        let areas = app.model.context.catalog.data.forum.areaIDs
        for _ in 0...areas.firstIndex(of: "water-resilience")! { app.press(.cycleAreaFilter) }
        #expect(app.lines[1].contains("area:water-resilience"))
        #expect(app.lines[1].hasSuffix("1 of 3"))
        #expect(SessionsController.dateRange("2026-05-01..2026-04-01") == nil)
        #expect(SessionsController.dateRange("2026-05-01")! == (Day("2026-05-01"), Day("2026-05-01")))
    }
}
