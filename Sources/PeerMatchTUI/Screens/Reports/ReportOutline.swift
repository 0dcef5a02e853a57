import PeerMatchCore

/// A report laid out as the screen lists it: lines under section headings,
/// the rows with figures carrying what is behind them. Sessions per month
/// are not lines: they are the chart's bars, drawn above.
struct ReportOutline: Sendable {
    struct Line: Sendable {
        var text: String
        var style: Style = .plain
        var target: DrillTarget?
    }

    var lines: [Line] = []
    /// Line indices of the rows that can be opened, in order.
    var rows: [Int] = []
    /// Per section, the index in `rows` of its first row (sections without rows are skipped).
    var sectionFirstRows: [Int] = []

    init(_ r: Report, glyphs: BarChart.Glyphs) {
        func pair(_ k: PairKey) -> String { "\(r.name(k.pilot)) → \(r.name(k.peer))" }
        func n(_ v: Int) -> String { v.grouped }

        section("Coverage per interest area")
        note("  " + "area".padded(toWidth: 26) + "pilots offering".padded(toWidth: 16, alignRight: true)
             + "peers asking".padded(toWidth: 13, alignRight: true) + "pairs".padded(toWidth: 7, alignRight: true)
             + "unmet".padded(toWidth: 7, alignRight: true))
        for a in r.coverage {
            row("  " + a.area.label.truncated(toWidth: 25).padded(toWidth: 26) + n(a.pilotsOffering).padded(toWidth: 16, alignRight: true)
                + n(a.peersAsking).padded(toWidth: 13, alignRight: true) + n(a.pairsFormed).padded(toWidth: 7, alignRight: true)
                + n(a.demandUnmet).padded(toWidth: 7, alignRight: true),
                DrillTarget(title: "Area \(a.area.label)", pairs: a.pairs, cities: a.unmetPeers))
        }
        if r.coverage.isEmpty { note("  no peer asks for an area") }

        section("Pairs by status and cohort")
        note("  " + "cohort".padded(toWidth: 26) + "active".padded(toWidth: 8, alignRight: true)
             + "ended".padded(toWidth: 8, alignRight: true) + "total".padded(toWidth: 8, alignRight: true))
        for c in r.pairsByCohort {
            let name = c.cohort.isEmpty ? "(no cohort)" : c.cohort
            row("  " + name.truncated(toWidth: 25).padded(toWidth: 26) + n(c.active.count).padded(toWidth: 8, alignRight: true)
                + n(c.ended.count).padded(toWidth: 8, alignRight: true) + n(c.total).padded(toWidth: 8, alignRight: true),
                DrillTarget(title: "Cohort \(name)", pairs: c.active + c.ended))
        }
        if r.pairsByCohort.isEmpty { note("  no pairing in scope") }

        section("Stale pairs: no session for more than \(r.staleAfterDays) days")
        for s in r.stalePairs {
            let last = s.lastSession.map { "last \($0)" } ?? "no session yet"
            row("  " + pair(s.pairing.key).truncated(toWidth: 44).padded(toWidth: 45) + "\(n(s.daysQuiet)) days quiet, \(last)",
                DrillTarget(title: "Stale pair \(pair(s.pairing.key))", pairs: [s.pairing.key]))
        }
        if r.stalePairs.isEmpty { note("  none") }

        section("Ratings")
        let top = r.ratings.map(\.count).max() ?? 0
        for b in r.ratings.reversed() {
            row("  \(b.rating)  " + BarChart.horizontal(b.count, of: top, width: 30, glyphs: glyphs) + " " + n(b.count),
                DrillTarget(title: "Sessions rated \(b.rating)", sessions: b.sessionIDs))
        }
        row("  unrated" + String(repeating: " ", count: 26) + n(r.unratedSessionIDs.count),
            DrillTarget(title: "Sessions with no rating", sessions: r.unratedSessionIDs))

        section("Fit verdicts")
        for (label, keys) in [("good fit", r.fit.good), ("poor fit", r.fit.poor), ("not checked yet", r.fit.unchecked),
                              ("flagged for the coordinator", r.fit.flagged)] {
            row("  " + label.padded(toWidth: 30) + n(keys.count).padded(toWidth: 8, alignRight: true),
                DrillTarget(title: "Pairs: \(label)", pairs: keys))
        }

        section("Learning goals: milestones reached")
        for g in r.goals {
            row("  " + pair(g.pair).truncated(toWidth: 36).padded(toWidth: 37) + "\(g.progress.done) of \(g.progress.total)".padded(toWidth: 9)
                + g.goal, DrillTarget(title: "Goal of \(pair(g.pair))", pairs: [g.pair]))
        }
        if r.goals.isEmpty { note("  no pair has a learning goal") }

        section("Overdue follow-ups")
        for o in r.overdueFollowUps {
            row("  due \(o.due)  \(n(o.daysOverdue)) days late  " + pair(o.pair) + "  " + o.followUp,
                DrillTarget(title: "Follow-up of \(o.sessionDate) (\(pair(o.pair)))", pairs: [o.pair], sessions: [o.sessionID]))
        }
        if r.overdueFollowUps.isEmpty { note("  none") }

        section("Forum events attended per city (\(n(r.eventCount)) events)")
        for e in r.eventsPerCity {
            row("  " + r.name(e.city).truncated(toWidth: 36).padded(toWidth: 37) + n(e.count).padded(toWidth: 6, alignRight: true),
                DrillTarget(title: "Events \(r.name(e.city)) attended", sessions: e.sessionIDs))
        }
        if r.eventsPerCity.isEmpty { note("  none") }
    }

    private var sectionOpen = false

    private mutating func section(_ title: String) {
        if !lines.isEmpty { lines.append(Line(text: "")) }
        lines.append(Line(text: title, style: .heading))
        sectionOpen = true
    }

    private mutating func note(_ text: String) { lines.append(Line(text: text, style: .muted)) }

    private mutating func row(_ text: String, _ target: DrillTarget) {
        if sectionOpen {
            sectionFirstRows.append(rows.count)
            sectionOpen = false
        }
        rows.append(lines.count)
        lines.append(Line(text: text, target: target))
    }
}
