import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The Reports screen through the whole app: computed in the background,
/// drawn, drilled into and back, filtered.
@Suite struct ReportsScreenTests {
    static let settings = ReportSettings(today: Day("2026-03-15")!, glyphs: .unicode)

    /// An app on a small forum with a history, on the Reports tab, the report landed.
    static func reportsApp(_ settings: ReportSettings = settings, width: Int = 80, height: Int = 24) -> AppDriver {
        ReportSettings.$override.withValue(settings) {
            var app = AppDriver(Fixtures.activityForum(seed: 1, cities: 30, sessions: 200), width: width, height: height)
            app.press(.showReports)
            app.settle()
            return app
        }
    }

    static let chart = [
        "                              ▁       █",
        "              ▁     ▁ ▅       █   ▁ ▁ █ ▅     ▁ ▅     ▁     ▅       ▅",
        "  ▂   ▂ ▆   ▂ █   ▂ █ █ ▆   ▆ █   █ █ █ █ ▆   █ █   ▂ █ ▆   █   ▂   █   ▂",
        "  █ ▇ █ █ ▇ █ █ ▇ █ █ █ █ ▃ █ █ ▃ █ █ █ █ █ ▇ █ █   █ █ █ ▇ █ ▇ █   █   █",
        "  █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ █ ▄ █ █ █ █ █ █ █   █ ▇ █",
    ]

    @Test func reportAt80x24() {
        let app = Self.reportsApp()
        expectScreen(app.screen, [" PeerMatch   1 Cities   2 Match   3 Pairs   4 Sessions  [5 Reports]  Activity …",
                                  "Report as of 2026-03-15 · all dates · every cohort · 200 sessions · 19 pairings"]
                     + Self.chart + [
            "Sessions per month · 2024-01: 5 sessions",
            "Coverage per interest area",
            "  area                       pilots offering peers asking  pairs  unmet",
            "  Water resilience                         0            3      0      2",
            "  Flood management                         1            3      2      0",
            "  Urban heat islands                       1            3      0      2",
            "  Nature-based solutions                   1            3      1      1",
            "  E-mobility                               1            4      0      1",
            "  Public transport                         1            4      0      1",
            "  Active mobility                          1            3      1      0",
            "  Waste management                         0            2      0      1",
            "  Green buildings                          4            2      2      0",
            "  Renewable energy                         0            5      0      1",
            "  Air quality                              0            1      0      0",
            "  Low-carbon development                   2            2      2      0",
            "fixture · 30 cities · 12 active pairings · 200 sessions",
            "Enter open  ] section  d dates  c cohort  ↓↑ move  ? help  q quit",
        ])
        // The cursor starts on the first month's bar.
        #expect(app.screen[2, 6].style == BarChart(values: [], glyphs: .unicode).selectedStyle)
        #expect(app.screen[4, 6].style != app.screen[2, 6].style)
    }

    @Test func sectionsScrollIntoViewWithTheirHeading() {
        var app = Self.reportsApp()
        for _ in 0..<3 { app.press(.nextSection) }
        expectScreen(app.screen, [" PeerMatch   1 Cities   2 Match   3 Pairs   4 Sessions  [5 Reports]  Activity …",
                                  "Report as of 2026-03-15 · all dates · every cohort · 200 sessions · 19 pairings"]
                     + Self.chart + [
            "Sessions per month, 2024-01 to 2026-12 · most in 2025-07: 11",
            "Stale pairs: no session for more than 90 days",
            "  Accra 5 → Accra 11                           266 days quiet, last 2025-06-22",
            "  \"Quoted\" City 10 → São Paulo 2               192 days quiet, no session yet",
            "",
            "Ratings",
            "  5  ██████████████████▉            22",
            "  4  ███████████████████▊           23",
            "  3  ███████████████████▊           23",
            "  2  ██████████████████████████████ 35",
            "  1  ███████████████████████████▍   32",
            "  unrated                          65",
            "",
            "Fit verdicts",
            "  good fit                             3",
            "fixture · 30 cities · 12 active pairings · 200 sessions",
            "Enter open  ] section  d dates  c cohort  ↓↑ move  ? help  q quit",
        ])
        #expect(app.screen[0, 9].style.reverse, "the first stale pair is selected")
        app.press(.previousSection)
        #expect(app.screen.row(containing: "Pairs by status and cohort") != nil)
    }

    @Test func drillDownFromABarAndBack() {
        var app = Self.reportsApp()
        app.press(.moveDown)
        app.press(.moveDown)
        app.press(.drillDown)
        expectScreen(app.screen, [
            " PeerMatch   1 Cities   2 Match   3 Pairs   4 Sessions  [5 Reports]  Activity …",
            "Sessions in 2024-03",
            "Sessions (5)",
            "  2024-03-04  Shenzhen 深圳 25 → Tunis & <Sfax> 3       rated 5",
            "  2024-03-06  \"Quoted\" City 10 → Tunis & <Sfax> 9       rated 1  follow-up: Sen…",
            "  2024-03-12  \"Quoted\" City 10 → São Paulo 8            unrated",
            "  2024-03-17  \"Quoted\" City 10 → São Paulo 8            unrated  follow-up: Sen…",
            "  2024-03-30  São Paulo 20 → \"Quoted\" City 16           rated 2  follow-up: Sen…",
            "", "", "", "", "", "", "", "", "", "", "", "", "", "",
            "fixture · 30 cities · 12 active pairings · 200 sessions",
            "Esc back  ↓↑ move  ? help  q quit",
        ])
        app.press(.back)
        // Back to the same bar, with no new computation.
        #expect(app.lines[7] == "Sessions per month · 2024-03: 5 sessions")
        #expect(app.loop.jobs.isIdle)
        #expect(app.model.screen(ReportsController.self)?.position == 2)
    }

    @Test func drillDownFromARowListsItsPairs() {
        var app = Self.reportsApp()
        app.press(.nextSection)
        app.press(.nextSection)  // pairs by cohort
        let row = app.model.screen(ReportsController.self)!.selectedTarget!
        app.press(.drillDown)
        #expect(app.lines[1] == row.title)
        #expect(app.lines[2] == "Pairs (\(row.pairs.count))")
        #expect(app.lines[3].contains(" → ") && app.lines[3].contains(" since "))
        app.press(.moveDown)
        app.press(.back)
        #expect(app.model.screen(ReportsController.self)?.selectedTarget == row)
    }

    @Test func dateRangeFilterRecomputes() {
        var app = Self.reportsApp()
        app.press(.chooseDateRange)
        app.type("2025-01-01..2025-06-30")
        app.press(.acceptText)
        app.settle()
        #expect(app.lines[1].hasPrefix("Report as of 2026-03-15 · 2025-01-01 to 2025-06-30 · every cohort · "))
        #expect(app.model.screen(ReportsController.self)?.report?.sessionsPerMonth.map(\.month.description)
                == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"])
        // An open end.
        app.press(.chooseDateRange)
        for _ in 0..<10 { app.press(.deleteTextCharacter) }
        app.press(.acceptText)
        app.settle()
        #expect(app.lines[1].contains("· from 2025-01-01 · "))
        app.press(.clearFilters)
        app.settle()
        #expect(app.lines[1].contains("· all dates · every cohort ·"))
    }

    @Test func badDateRangeIsRefusedAndChangesNothing() {
        var app = Self.reportsApp()
        app.press(.chooseDateRange)
        app.type("2025-13-01..")
        app.press(.acceptText)
        #expect(app.loop.jobs.isIdle)
        #expect(app.lines[22].contains("date range \"2025-13-01..\": the from date \"2025-13-01\" is not a day YYYY-MM-DD"))
        #expect(app.lines[1].contains("· all dates ·"))
        app.press(.chooseDateRange)
        app.type("2025-06-01..2025-01-01")
        app.press(.acceptText)
        #expect(app.lines[22].contains("2025-01-01 is before 2025-06-01"))
    }

    @Test func cohortFilter() {
        var app = Self.reportsApp()
        app.press(.chooseCohort)
        app.type("no-such")
        app.press(.acceptText)
        #expect(app.lines[22].contains("cohort \"no-such\": no pairing has it (cohorts: 2024-spring, 2025-autumn"))
        app.press(.chooseCohort)
        app.type("2024-spring")
        app.press(.acceptText)
        app.settle()
        let report = app.model.screen(ReportsController.self)!.report!
        #expect(report.filter.cohort == "2024-spring")
        #expect(report.pairsByCohort.map(\.cohort) == ["2024-spring"])
        #expect(app.lines[1].contains("· all dates · cohort 2024-spring · \(report.sessionCount) sessions"))
    }

    @Test func computedInTheBackgroundWithProgressAndCancel() {
        ReportSettings.$override.withValue(Self.settings) {
            var app = AppDriver(Fixtures.activityForum(seed: 1, cities: 30, sessions: 200))
            app.press(.showReports)
            // Not settled: the job runs, the status line says so, Esc cancels it.
            #expect(app.lines[2].contains("Computing the report…"))
            #expect(app.lines[22].contains("computing the report"))
            #expect(app.model.activeKeymaps.first == .job)
            app.press(.cancelJob)
            app.settle()
            #expect(app.lines[22].contains("cancelled: computing the report"))
            #expect(app.model.screen(ReportsController.self)?.report == nil)
            app.press(.recomputeReport)
            app.settle()
            #expect(app.model.screen(ReportsController.self)?.report != nil)
        }
    }

    @Test func leavingTheTabWhileItComputesStillEndsWithFigures() {
        ReportSettings.$override.withValue(Self.settings) {
            var app = AppDriver(Fixtures.activityForum(seed: 1, cities: 30, sessions: 200))
            app.press(.showReports)
            app.press(.showCities)
            app.settle()  // the result went to the Cities screen, which ignores it
            app.press(.showReports)
            app.settle()
            #expect(app.lines[1].hasPrefix("Report as of 2026-03-15"))
        }
    }

    @Test func aResultForAnOlderRequestIsDropped() throws {
        let data = Fixtures.activityForum(seed: 1, cities: 30, sessions: 200)
        let context = ScreenContext(catalog: CityCatalog(data), scorer: nil, screen: Rect(x: 0, y: 0, width: 80, height: 24))
        var screen = ReportsController(settings: Self.settings)
        _ = screen.appear(context)
        let old = try ReportBuilder.build(data, today: Self.settings.today)
        _ = screen.perform(.recomputeReport, context)
        _ = screen.receive(.result(ComputedReport(request: 1, report: old), tag: ComputedReport.tag), context)
        #expect(screen.report == nil && screen.isComputing)
        _ = screen.receive(.result(ComputedReport(request: 2, report: old), tag: ComputedReport.tag), context)
        #expect(screen.report == old && !screen.isComputing)
    }

    @Test func asciiChartWhenAsked() {
        var app = Self.reportsApp(ReportSettings(today: Self.settings.today, glyphs: .ascii))
        #expect(app.lines[6] == "  # # # # # # # # # # # # # # # # # # # # # # # # # # # # # # # #   # # #")
        for _ in 0..<3 { app.press(.nextSection) }
        #expect(app.lines.contains { $0.hasPrefix("  2  ############################## 35") })
        #expect(!app.lines.joined().contains("█"))
    }

    @Test func editsRecomputeTheReportShown() {
        var app = Self.reportsApp()
        // An edit (as another screen makes) changes the data shown: the report follows.
        app.apply([.edit(ReversibleEdit("drop sessions") { $0.sessions.removeLast(100) })])
        while app.lines[1].hasPrefix("Report as of") { app.pump() }
        // The old figures stay up, marked, while the new ones are computed.
        #expect(app.lines[1].hasPrefix("Report (updating) as of 2026-03-15 · all dates · every cohort · 200 sessions"))
        app.settle()
        #expect(app.lines[1].contains("· 100 sessions"))
        app.apply([.undo])
        app.settle()
        #expect(app.lines[1].contains("· 200 sessions"))
    }

    @Test func clickingABarOrARowSelectsIt() {
        var app = Self.reportsApp()
        // Bars start at column 2, one cell and a gap each: column 8 is the fourth month.
        app.click(x: 8, y: 5)
        #expect(app.lines[7] == "Sessions per month · 2024-04: \(app.model.screen(ReportsController.self)!.report!.sessionsPerMonth[3].count) sessions")
        app.click(x: 10, y: 12)
        #expect(app.screen[0, 12].style.reverse && app.lines[12].hasPrefix("  Urban heat islands"))
        app.click(x: 10, y: 8)  // a heading: nothing to select
        #expect(app.screen[0, 12].style.reverse)
    }

    @Test func tinySizesDoNotCrash() {
        var app = Self.reportsApp()
        for (w, h) in [(60, 16), (61, 17), (80, 18), (200, 60), (20, 5), (59, 15), (80, 24)] {
            app.resize(width: w, height: h)
            app.pump()
            guard !app.model.isTooSmall else { continue }
            app.press(.moveLast)
            app.press(.drillDown)
            app.press(.back)
            app.press(.moveFirst)
        }
        #expect(app.lines[1].hasPrefix("Report as of"))
    }

    @Test func reportKeysDoNotClash() {
        var seen: [Key: Action] = [:]
        for binding in [Keymap.reports, .navigation, .global, .edits].flatMap(\.bindings) {
            for key in binding.keys {
                if let other = seen[key], other != binding.action { Issue.record("\(key.label): \(other) and \(binding.action)") }
                seen[key] = binding.action
            }
        }
    }
}

/// The drill-down finds the same sessions with the positions built in the
/// background as by scanning (before they land).
@Suite struct ReportDrillLookupTests {
    @Test func positionsAndScanAgree() throws {
        let data = Fixtures.activityForum(seed: 2, cities: 40, sessions: 300)
        let catalog = CityCatalog(data)
        let report = try ReportBuilder.build(data, today: ReportsScreenTests.settings.today)
        let positions = SessionPositions(request: 1, sessions: data.sessions).position
        for ids in report.sessionsPerMonth.map(\.sessionIDs) + report.ratings.map(\.sessionIDs) {
            let target = DrillTarget(title: "t", sessions: ids)
            let indexed = ReportDrillController.lines(target, catalog, sessionPosition: positions).map(\.text)
            let scanned = ReportDrillController.lines(target, catalog, sessionPosition: nil).map(\.text)
            #expect(indexed == scanned)
            #expect(indexed.count == ids.count + 1)
        }
    }
}
