/// `peermatch report --format md`: the report as Markdown that pastes into an
/// email or a wiki. Charts become tables with a bar of `█` per row, which
/// reads in plain text too. Every piece of data is escaped.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        var out = "# \(report.forumName.markdownEscaped): report\n\n"
        out += "\(report.scopeText.markdownEscaped)\n\n"
        out += "- **\(report.sessionCount.grouped)** sessions, **\(report.pairingCount.grouped)** pairings\n"
        if let avg = report.averageRatingText { out += "- average rating **\(avg)** of 5\n" }
        out += "- **\(report.stalePairs.count.grouped)** stale pairs (no contact for more than \(report.staleAfterDays) days)\n"
        out += "- **\(report.overdueFollowUps.count.grouped)** overdue follow-ups\n"

        section(&out, Report.titles.months)
        let monthMax = report.sessionsPerMonth.map(\.count).max() ?? 0
        table(&out, ["Month", "Sessions", ""], right: [1], report.sessionsPerMonth.map {
            [$0.month.description, $0.count.grouped, bar($0.count, of: monthMax)]
        }, empty: "No sessions in this range.")

        section(&out, Report.titles.coverage)
        table(&out, ["Area", "Pilots offering", "Peers asking", "Pairs formed", "Demand unmet"], right: [1, 2, 3, 4],
              report.coverage.map {
                  [$0.area.label.markdownEscaped, $0.pilotsOffering.grouped, $0.peersAsking.grouped,
                   $0.pairsFormed.grouped, $0.demandUnmet.grouped]
              }, empty: "The forum has no interest areas.")

        section(&out, Report.titles.cohorts)
        table(&out, ["Cohort", "Active", "Ended", "Total"], right: [1, 2, 3], report.pairsByCohort.map {
            [Report.cohortText($0.cohort).markdownEscaped, $0.active.count.grouped, $0.ended.count.grouped, $0.total.grouped]
        }, empty: "No pairings in this range.")

        section(&out, Report.titles.stale)
        table(&out, ["Pair", "Cohort", "Last session", "Days quiet"], right: [3],
              report.stalePairs.prefix(Report.rowLimit).map {
                  [report.pairText($0.pairing.key).markdownEscaped, Report.cohortText($0.pairing.cohort).markdownEscaped,
                   $0.lastSession?.description ?? "none since \($0.pairing.start)", $0.daysQuiet.grouped]
              }, empty: "No stale pairs.", total: report.stalePairs.count)

        section(&out, Report.titles.fit)
        table(&out, ["Fit check", "Pairs"], right: [1], [
            ["good fit", report.fit.good.count.grouped], ["not a fit", report.fit.poor.count.grouped],
            ["no verdict yet", report.fit.unchecked.count.grouped],
            ["flagged for the coordinator", report.fit.flagged.count.grouped],
        ], empty: "")

        section(&out, Report.titles.goals)
        let (reached, set) = report.milestoneTotals
        if !report.goals.isEmpty { out += "\(reached.grouped) of \(set.grouped) milestones reached by \(report.goals.count.grouped) pairs.\n\n" }
        table(&out, ["Pair", "Goal", "Milestones reached"], right: [2],
              report.goals.prefix(Report.rowLimit).map {
                  [report.pairText($0.pair).markdownEscaped, $0.goal.markdownEscaped, $0.progress.description]
              }, empty: "No pair has a learning goal.", total: report.goals.count)

        section(&out, Report.titles.events)
        table(&out, ["City", "Events attended"], right: [1],
              report.eventsPerCity.prefix(Report.rowLimit).map { [report.name($0.city).markdownEscaped, $0.count.grouped] },
              empty: "No forum events in this range.", total: report.eventsPerCity.count)

        section(&out, Report.titles.ratings)
        let ratingMax = report.ratings.map(\.count).max() ?? 0
        table(&out, ["Rating", "Sessions", ""], right: [1], report.ratings.map {
            ["\($0.rating)", $0.count.grouped, bar($0.count, of: ratingMax)]
        } + [["unrated", report.unratedSessionIDs.count.grouped, ""]], empty: "")

        section(&out, Report.titles.overdue)
        table(&out, ["Due", "Days overdue", "Pair", "Follow-up"], right: [1],
              report.overdueFollowUps.prefix(Report.rowLimit).map {
                  [$0.due.description, $0.daysOverdue.grouped, report.pairText($0.pair).markdownEscaped,
                   $0.followUp.markdownEscaped]
              }, empty: "No overdue follow-ups.", total: report.overdueFollowUps.count)
        return out
    }

    private static func section(_ out: inout String, _ title: String) { out += "\n## \(title)\n\n" }

    /// A GitHub-flavoured table; cells must already be escaped.
    private static func table(_ out: inout String, _ header: [String], right: Set<Int>, _ rows: [[String]],
                              empty: String, total: Int? = nil) {
        guard !rows.isEmpty else { out += "\(empty)\n"; return }
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { right.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        if let total, let more = Report.moreText(total) { out += "\n\(more)\n" }
    }

    /// Up to 20 blocks, in proportion to the largest value (at least one for any non-zero value).
    private static func bar(_ value: Int, of max: Int) -> String {
        guard max > 0, value > 0 else { return "" }
        return String(repeating: "█", count: Swift.max(1, value * 20 / max))
    }
}
