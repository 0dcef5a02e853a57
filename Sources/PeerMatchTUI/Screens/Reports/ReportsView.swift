import PeerMatchCore

/// Draws the Reports screen: a header with the scope, the sessions-per-month
/// chart and its caption, then the outline's sections, scrolled to the cursor.
enum ReportsView {
    struct Layout {
        var header: Rect
        var chart: Rect
        var caption: Rect
        var list: Rect
    }

    static func layout(_ body: Rect) -> Layout {
        let (header, rest) = body.splitTop(1)
        let chartHeight = min(5, max(1, (body.height - 4) / 3))
        let (chart, afterChart) = rest.splitTop(chartHeight)
        let (caption, list) = afterChart.splitTop(1)
        return Layout(header: header, chart: chart.insetHorizontally(min(2, chart.width / 2)), caption: caption, list: list)
    }

    static func chart(_ state: ReportsController) -> BarChart {
        BarChart(values: state.report?.sessionsPerMonth.map(\.count) ?? [], selected: state.selectedBar,
                 glyphs: state.settings.glyphs)
    }

    static func scope(_ filter: ReportFilter) -> String {
        let dates = switch (filter.from, filter.to) {
        case (nil, nil): "all dates"
        case (let f?, nil): "from \(f)"
        case (nil, let t?): "to \(t)"
        case (let f?, let t?): "\(f) to \(t)"
        }
        return dates + " · " + (filter.cohort.map { "cohort \($0)" } ?? "every cohort")
    }

    static func render(_ state: ReportsController, in body: Rect, into grid: inout Grid) {
        guard !body.isEmpty else { return }
        grid.fill(body)
        let l = layout(body)
        guard let report = state.report, let outline = state.outline else {
            grid.put("Report · \(scope(state.filter))".truncated(toWidth: l.header.width), x: l.header.x, y: l.header.y, style: .emphasis)
            let text = state.isComputing
                ? "Computing the report… \(Keymap.keyName(.cancelJob, in: .job)) cancels it, "
                    + "\(Keymap.keyName(.recomputeReport, in: .reports)) starts it again."
                : "No report computed: \(Keymap.keyName(.recomputeReport, in: .reports)) computes it."
            grid.put(text.truncated(toWidth: l.chart.width), x: l.chart.x, y: l.chart.y, style: .muted)
            return
        }
        var header = "Report as of \(report.today) · \(scope(report.filter)) · \(report.sessionCount.grouped) sessions · "
            + "\(report.pairingCount.grouped) pairings"
        // Old figures stay up while new ones are computed, marked where a narrow screen still shows it.
        if state.isComputing { header = "Report (updating) as of" + header.dropFirst("Report as of".count) }
        grid.put(header.truncated(toWidth: l.header.width), x: l.header.x, y: l.header.y, style: .emphasis)

        chart(state).render(in: l.chart, into: &grid)
        let months = report.sessionsPerMonth
        let caption: String
        if let bar = state.selectedBar {
            let m = months[bar]
            caption = "Sessions per month · \(m.month): \(m.count.grouped) session\(m.count == 1 ? "" : "s")"
        } else if let first = months.first, let last = months.last {
            let peak = months.max { $0.count < $1.count }!
            caption = "Sessions per month, \(first.month) to \(last.month) · most in \(peak.month): \(peak.count.grouped)"
        } else {
            caption = "Sessions per month: no session in scope"
        }
        grid.put(caption.truncated(toWidth: l.caption.width), x: l.caption.x, y: l.caption.y,
                 style: state.selectedBar != nil ? .emphasis : .muted)

        let selected = state.selectedLine
        for (i, line) in outline.lines.dropFirst(state.lineTop).prefix(l.list.height).enumerated() {
            let y = l.list.y + i
            var style = line.style
            if state.lineTop + i == selected {
                style.reverse = true
                grid.fill(Rect(x: l.list.x, y: y, width: l.list.width, height: 1), style: style)
            }
            grid.put(line.text.truncated(toWidth: l.list.width), x: l.list.x, y: y, maxWidth: l.list.width, style: style)
        }
    }
}
