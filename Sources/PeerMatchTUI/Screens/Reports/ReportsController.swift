import PeerMatchCore

/// The Reports screen: what the forum has achieved, from one `Report`
/// computed in the background (`ReportBuilder`): sessions per month as a
/// bar chart, then sections of rows. The cursor runs over the bars, then the
/// rows; Enter opens what is behind one (`ReportDrillController`).
struct ReportsController: ScreenController {
    var settings: ReportSettings
    var filter = ReportFilter()
    /// The report shown (nil until the first lands).
    var report: Report?
    var outline: ReportOutline?
    /// Where each session of the report's data is (`SessionPositions`); nil
    /// until its job lands, when a drill-down scans the sessions instead.
    var sessionPosition: [String: Int]?
    /// Bumped per computation asked for; only the latest one's result is shown.
    var request = 0
    /// A computation is asked for and has not landed (it may have been cancelled).
    var isComputing = false
    /// The data or the filter changed since `report` was computed.
    var needsCompute = true
    /// 0..<bars are the chart's bars, then the outline's rows.
    var position = 0
    /// First line of the outline shown.
    var lineTop = 0

    init(settings: ReportSettings = .current) {
        self.settings = settings
    }

    var keymaps: [Keymap] { [.reports, .navigation] }

    var barCount: Int { report?.sessionsPerMonth.count ?? 0 }
    var positionCount: Int { barCount + (outline?.rows.count ?? 0) }
    var selectedBar: Int? { position < barCount ? position : nil }
    /// The outline line under the cursor, when it is on a row.
    var selectedLine: Int? {
        guard let outline, position >= barCount, position - barCount < outline.rows.count else { return nil }
        return outline.rows[position - barCount]
    }

    /// What Enter opens now.
    var selectedTarget: DrillTarget? {
        if let bar = selectedBar, let m = report?.sessionsPerMonth[bar] {
            return DrillTarget(title: "Sessions in \(m.month)", sessions: m.sessionIDs)
        }
        return selectedLine.flatMap { outline?.lines[$0].target }
    }

    /// Where each section starts: the chart (when it has bars), then the outline's sections.
    var sectionStarts: [Int] { (barCount > 0 ? [0] : []) + (outline?.sectionFirstRows.map { $0 + barCount } ?? []) }

    // MARK: Computing

    /// Computes when the figures are missing or stale. Still computing on
    /// coming back means the result may have gone to another tab's screen (the
    /// shell hands results to the screen on top): ask again, the older
    /// result, if it comes, is dropped as stale.
    mutating func appear(_ context: ScreenContext) -> [Effect] {
        needsCompute || isComputing ? compute(context) : []
    }

    /// Starts the computation of the report for the data shown and the filter.
    mutating func compute(_ context: ScreenContext) -> [Effect] {
        request += 1
        isComputing = true
        needsCompute = false
        let data = context.catalog.data, filter = filter, today = settings.today, id = request
        return [.startJob(BackgroundJob("computing the report") { progress in
            let report = try ReportBuilder.build(data, filter: filter, today: today) { done, total in
                progress.report(total == 0 ? nil : Double(done) / Double(total), "\(done.grouped) of \(total.grouped) sessions")
                return !progress.isCancelled
            }
            return .message(.result(ComputedReport(request: id, report: report), tag: ComputedReport.tag))
        })]
    }

    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] {
        switch message {
        case .result(let value, let tag) where tag == ComputedReport.tag:
            guard let computed = value as? ComputedReport, computed.request == request else { return [] }  // stale
            isComputing = false
            report = computed.report
            outline = ReportOutline(computed.report, glyphs: settings.glyphs)
            clamp(context)
            guard sessionPosition == nil else { return [] }
            let data = context.catalog.data, id = request
            return [.startJob(BackgroundJob("indexing sessions", cancellable: false) { _ in
                .message(.result(SessionPositions(request: id, sessions: data.sessions), tag: SessionPositions.tag))
            })]
        case .result(let value, let tag) where tag == SessionPositions.tag:
            if let positions = value as? SessionPositions, positions.request == request { sessionPosition = positions.position }
            return []
        case .text(let text, let tag) where tag == Self.rangeTag:
            do {
                let range = try ReportRangeText.parse(text)
                filter.from = range.from
                filter.to = range.to
            } catch {
                return [.message("\(error)")]
            }
            return compute(context)
        case .text(let text, let tag) where tag == Self.cohortTag:
            let cohort = text.trimmingCharacters(in: " ")
            let known = Set(context.catalog.data.pairings.map(\.cohort))
            if !cohort.isEmpty, !known.contains(cohort) {
                let names = known.filter { !$0.isEmpty }.sorted().prefix(8).joined(separator: ", ")
                return [.message("cohort \"\(cohort)\": no pairing has it" + (names.isEmpty ? "" : " (cohorts: \(names))"))]
            }
            filter.cohort = cohort.isEmpty ? nil : cohort
            return compute(context)
        default:
            return []
        }
    }

    static let rangeTag = "report-range"
    static let cohortTag = "report-cohort"

    /// The data changed: the figures are recomputed when the screen is next on top.
    mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool {
        needsCompute = true
        sessionPosition = nil
        isComputing = false
        return true
    }

    // MARK: Keys

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .drillDown:
            guard let target = selectedTarget else { return [] }
            return [.push(ReportDrillController(target, sessionPosition: sessionPosition, context))]
        case .nextSection:
            if let next = sectionStarts.first(where: { $0 > position }) { jumpTo(section: next, context) }
            return []
        case .previousSection:
            if let previous = sectionStarts.last(where: { $0 < position }) { jumpTo(section: previous, context) }
            return []
        case .chooseDateRange:
            return [.openOverlay(TextInputOverlay(prompt: "Date range FROM..TO (YYYY-MM-DD, an end may be empty)",
                                                  text: ReportRangeText.text(filter), tag: Self.rangeTag))]
        case .chooseCohort:
            return [.openOverlay(TextInputOverlay(prompt: "Cohort (empty: every cohort)", text: filter.cohort ?? "",
                                                  tag: Self.cohortTag))]
        case .clearFilters:
            guard filter != ReportFilter() else { return [.message("no date range or cohort to clear")] }
            filter = ReportFilter()
            return compute(context)
        case .recomputeReport:
            return compute(context)
        default:
            var cursor = ListCursor(selected: position)
            guard cursor.apply(action, count: positionCount, pageSize: ReportsView.layout(context.body).list.height) else { return [] }
            moveTo(cursor.selected, context)
            return []
        }
    }

    mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect] {
        let layout = ReportsView.layout(context.body)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            moveTo(position + (mouse.kind == .wheelUp ? -3 : 3), context)
        case .press:
            if layout.chart.contains(x: mouse.x, y: mouse.y), let bar = ReportsView.chart(self).bar(atX: mouse.x, in: layout.chart) {
                moveTo(bar, context)
            } else if layout.list.contains(x: mouse.x, y: mouse.y), let outline,
                      let row = outline.rows.firstIndex(of: lineTop + mouse.y - layout.list.y) {
                moveTo(barCount + row, context)
            }
        }
        return []
    }

    mutating func resize(_ context: ScreenContext) { clamp(context) }

    mutating func moveTo(_ newPosition: Int, _ context: ScreenContext) {
        position = newPosition
        clamp(context)
    }

    /// Moves to a section's first bar or row, its heading at the top of the list.
    mutating func jumpTo(section start: Int, _ context: ScreenContext) {
        position = start
        if let line = selectedLine { lineTop = headingLine(above: line) }
        clamp(context)
    }

    /// The heading of the section a line is in.
    func headingLine(above line: Int) -> Int {
        outline?.lines[...line].lastIndex { $0.style == .heading } ?? line
    }

    /// Keeps the cursor on a bar or row and its line in view.
    mutating func clamp(_ context: ScreenContext) {
        position = max(0, min(position, positionCount - 1))
        let visible = max(1, ReportsView.layout(context.body).list.height)
        let count = outline?.lines.count ?? 0
        if let line = selectedLine {
            // The section heading above the first row comes into view with it.
            let wanted = outline!.sectionFirstRows.contains(position - barCount) ? headingLine(above: line) : line
            if wanted < lineTop { lineTop = wanted }
            if line >= lineTop + visible { lineTop = line - visible + 1 }
        } else if selectedBar != nil {
            lineTop = 0
        }
        lineTop = max(0, min(lineTop, max(0, count - visible)))
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        ReportsView.render(self, in: context.body, into: &grid)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
