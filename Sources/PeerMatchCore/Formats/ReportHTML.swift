/// `peermatch report --format html`: one self-contained page (inline CSS and
/// SVG, no script, nothing fetched) that reads on a phone and prints. Each
/// chart has a title and description for screen readers and a real table
/// with the same numbers. Every piece of data is escaped.
public enum ReportHTML {
    public static func render(_ report: Report) -> String {
        let name = report.forumName.htmlEscaped
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(name): report</title>
            <style>\(css)</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(name): report</h1>
            <p class="scope">\(report.scopeText.htmlEscaped)</p>
            <dl class="figures">
            """
        figure(&out, report.sessionCount.grouped, "sessions")
        figure(&out, report.pairingCount.grouped, "pairings")
        if let avg = report.averageRatingText { figure(&out, avg, "average rating (of 5)") }
        figure(&out, report.stalePairs.count.grouped, "stale pairs")
        figure(&out, report.overdueFollowUps.count.grouped, "overdue follow-ups")
        out += "</dl>\n</header>\n"

        let months = report.sessionsPerMonth
        let busiest = months.max { $0.count < $1.count }
        section(&out, "months", Report.titles.months) { out in
            guard let busiest else { out += "<p>No sessions in this range.</p>\n"; return }
            out += SVGBarChart(
                id: "c-months", title: Report.titles.months,
                summary: "\(report.sessionCount.grouped) sessions from \(months[0].month) to \(months[months.count - 1].month); "
                    + "the busiest month was \(busiest.month) with \(busiest.count.grouped).",
                orientation: .columns, series: [("Sessions", "s1")],
                bars: months.map { .init(label: $0.month.description, values: [$0.count]) }).render() + "\n"
            // A year a row, a month a column: the chart's numbers in a few lines.
            let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            var years: [Int: [String]] = [:]
            for bar in months { years[bar.month.year, default: Array(repeating: "", count: 12)][bar.month.month - 1] = bar.count.grouped }
            table(&out, caption: "Sessions per month (blank: outside the range of sessions)", ["Year"] + monthNames,
                  numeric: Set(1...12), years.keys.sorted().map { ["\($0)"] + years[$0]! })
        }

        section(&out, "coverage", Report.titles.coverage) { out in
            let unmet = report.coverage.reduce(0) { $0 + $1.demandUnmet }
            out += SVGBarChart(
                id: "c-coverage", title: "Peers asking, per interest area: with a pair, and still waiting",
                summary: "\(unmet.grouped) requests from peers are still without a pilot across \(report.coverage.count) areas.",
                orientation: .rows, series: [("Peers with a pair", "s1"), ("Demand unmet", "s2")],
                bars: report.coverage.map { .init(label: $0.area.label, values: [$0.peersAsking - $0.demandUnmet, $0.demandUnmet]) }
            ).render() + "\n"
            table(&out, caption: "Coverage per interest area",
                  ["Area", "Pilots offering", "Peers asking", "Pairs formed", "Demand unmet"], numeric: [1, 2, 3, 4],
                  report.coverage.map {
                      [$0.area.label.htmlEscaped, $0.pilotsOffering.grouped, $0.peersAsking.grouped,
                       $0.pairsFormed.grouped, $0.demandUnmet.grouped]
                  })
        }

        section(&out, "cohorts", Report.titles.cohorts) { out in
            guard !report.pairsByCohort.isEmpty else { out += "<p>No pairings in this range.</p>\n"; return }
            table(&out, caption: "Pairs by status and cohort", ["Cohort", "Active", "Ended", "Total"], numeric: [1, 2, 3],
                  report.pairsByCohort.map {
                      [Report.cohortText($0.cohort).htmlEscaped, $0.active.count.grouped, $0.ended.count.grouped, $0.total.grouped]
                  })
        }

        section(&out, "stale", Report.titles.stale) { out in
            out += "<p>Active pairs with no session for more than \(report.staleAfterDays) days.</p>\n"
            guard !report.stalePairs.isEmpty else { out += "<p>None.</p>\n"; return }
            table(&out, caption: "Stale pairs, quietest first", ["Pair", "Cohort", "Last session", "Days quiet"], numeric: [3],
                  report.stalePairs.prefix(Report.rowLimit).map {
                      [report.pairText($0.pairing.key).htmlEscaped, Report.cohortText($0.pairing.cohort).htmlEscaped,
                       $0.lastSession?.description ?? "none since \($0.pairing.start)", $0.daysQuiet.grouped]
                  }, total: report.stalePairs.count)
        }

        section(&out, "fit", Report.titles.fit) { out in
            let rows = [("Good fit", report.fit.good.count), ("Not a fit", report.fit.poor.count),
                        ("No verdict yet", report.fit.unchecked.count)]
            out += SVGBarChart(
                id: "c-fit", title: "Fit verdicts of the pairs",
                summary: "\(report.fit.good.count.grouped) good, \(report.fit.poor.count.grouped) not a fit, "
                    + "\(report.fit.unchecked.count.grouped) without a verdict; \(report.fit.flagged.count.grouped) flagged for the coordinator.",
                orientation: .rows, series: [("Pairs", "s1")],
                bars: rows.map { .init(label: $0.0, values: [$0.1]) }).render() + "\n"
            table(&out, caption: "Fit checks of the pairings", ["Fit check", "Pairs"], numeric: [1],
                  rows.map { [$0.0, $0.1.grouped] } + [["Flagged for the coordinator", report.fit.flagged.count.grouped]])
        }

        section(&out, "goals", Report.titles.goals) { out in
            guard !report.goals.isEmpty else { out += "<p>No pair has a learning goal.</p>\n"; return }
            let (reached, set) = report.milestoneTotals
            out += "<p>\(reached.grouped) of \(set.grouped) milestones reached by \(report.goals.count.grouped) pairs.</p>\n"
            table(&out, caption: "Learning goals and milestones reached", ["Pair", "Goal", "Milestones reached"], numeric: [2],
                  report.goals.prefix(Report.rowLimit).map {
                      [report.pairText($0.pair).htmlEscaped, $0.goal.htmlEscaped, $0.progress.description]
                  }, total: report.goals.count)
        }

        section(&out, "events", Report.titles.events) { out in
            guard !report.eventsPerCity.isEmpty else { out += "<p>No forum events in this range.</p>\n"; return }
            out += "<p>\(report.eventCount.grouped) forum events, attended by \(report.eventsPerCity.count.grouped) cities.</p>\n"
            table(&out, caption: "Forum events each city attended, most first", ["City", "Events attended"], numeric: [1],
                  report.eventsPerCity.prefix(Report.rowLimit).map { [report.name($0.city).htmlEscaped, $0.count.grouped] },
                  total: report.eventsPerCity.count)
        }

        section(&out, "ratings", Report.titles.ratings) { out in
            let rated = report.ratings.reduce(0) { $0 + $1.count }
            out += SVGBarChart(
                id: "c-ratings", title: "Sessions per rating",
                summary: "\(rated.grouped) rated sessions" + (report.averageRatingText.map { ", average \($0) of 5" } ?? "")
                    + "; \(report.unratedSessionIDs.count.grouped) unrated.",
                orientation: .rows, series: [("Sessions", "s1")],
                bars: report.ratings.reversed().map { .init(label: "\($0.rating) of 5", values: [$0.count]) }).render() + "\n"
            table(&out, caption: "Sessions per rating", ["Rating", "Sessions"], numeric: [1],
                  report.ratings.map { ["\($0.rating)", $0.count.grouped] } + [["unrated", report.unratedSessionIDs.count.grouped]])
        }

        section(&out, "overdue", Report.titles.overdue) { out in
            guard !report.overdueFollowUps.isEmpty else { out += "<p>None.</p>\n"; return }
            table(&out, caption: "Overdue follow-ups, oldest first", ["Due", "Days overdue", "Pair", "Follow-up"], numeric: [1],
                  report.overdueFollowUps.prefix(Report.rowLimit).map {
                      [$0.due.description, $0.daysOverdue.grouped, report.pairText($0.pair).htmlEscaped, $0.followUp.htmlEscaped]
                  }, total: report.overdueFollowUps.count)
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private static func figure(_ out: inout String, _ value: String, _ label: String) {
        out += "<div><dt>\(label)</dt><dd>\(value)</dd></div>\n"
    }

    private static func section(_ out: inout String, _ id: String, _ title: String, _ body: (inout String) -> Void) {
        out += "<section aria-labelledby=\"h-\(id)\">\n<h2 id=\"h-\(id)\">\(title.htmlEscaped)</h2>\n"
        body(&out)
        out += "</section>\n"
    }

    /// A table whose first column heads its rows; cells must already be escaped.
    private static func table(_ out: inout String, caption: String, _ header: [String], numeric: Set<Int>,
                              _ rows: [[String]], total: Int? = nil) {
        out += "<div class=\"wrap\"><table>\n<caption>\(caption.htmlEscaped)</caption>\n<thead><tr>"
        for (i, h) in header.enumerated() { out += "<th scope=\"col\"\(numeric.contains(i) ? " class=\"n\"" : "")>\(h)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 ? "<th scope=\"row\">\(cell)</th>" : numeric.contains(i) ? "<td class=\"n\">\(cell)</td>" : "<td>\(cell)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        if let total, let more = Report.moreText(total) { out += "<p class=\"more\">\(more.htmlEscaped)</p>\n" }
    }

    /// System fonts only; bars in colours that also print in grey; tables scroll
    /// sideways on a narrow phone instead of squeezing.
    static let css = """
        :root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--s1:#1f6feb;--s2:#d4602a}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
        .scope,.more{color:var(--muted)}
        .figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem;margin:1rem 0}
        .figures div{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
        .figures dt{color:var(--muted);font-size:.85rem}.figures dd{margin:0;font-size:1.5rem;font-weight:600}
        .chart{width:100%;max-width:44rem;height:auto;display:block;margin:.5rem 0}
        .chart text{font:12px system-ui,sans-serif;fill:var(--ink)}.chart .tick{fill:var(--muted)}
        .chart .axis{stroke:var(--ink)}.chart .grid{stroke:var(--line);stroke-dasharray:4 3}
        .s1{fill:var(--s1)}.s2{fill:var(--s2)}
        .wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}
        caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.25rem 0}
        th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
        thead th{border-bottom:2px solid var(--ink)}tbody th{font-weight:normal}
        .n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        @media (max-width:40rem){body{font-size:15px}main{padding:.75rem}th,td{padding:.25rem .35rem}}
        @media print{body{font-size:11pt}main{max-width:none;padding:0}.wrap{overflow:visible}
        section{break-inside:avoid}table{break-inside:auto}tr{break-inside:avoid}thead{display:table-header-group}
        .s1{fill:#444}.s2{fill:#aaa}h2{break-after:avoid}}
        """
}
