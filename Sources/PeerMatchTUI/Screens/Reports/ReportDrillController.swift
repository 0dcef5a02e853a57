import PeerMatchCore

/// The pairs, sessions and cities behind one bar or row of the report, as a
/// list pushed over the Reports screen; Esc goes back to the same place.
struct ReportDrillController: ScreenController {
    var title: String
    var lines: [ReportOutline.Line]
    var cursor = ListCursor()

    init(_ target: DrillTarget, sessionPosition: [String: Int]?, _ context: ScreenContext) {
        title = target.title
        lines = ReportDrillController.lines(target, context.catalog, sessionPosition: sessionPosition)
    }

    var keymaps: [Keymap] { [.reportDrill, .navigation] }

    static func listRect(_ body: Rect) -> Rect { body.splitTop(1).rest }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        if action == .back { return [.pop] }
        _ = cursor.apply(action, count: lines.count, pageSize: Self.listRect(context.body).height)
        return []
    }

    mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect] {
        if mouse.kind != .press {
            cursor.scroll(by: mouse.kind == .wheelUp ? -3 : 3, count: lines.count, visibleRows: Self.listRect(context.body).height)
        }
        return []
    }

    mutating func resize(_ context: ScreenContext) {
        cursor.clamp(count: lines.count, visibleRows: Self.listRect(context.body).height)
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let body = context.body
        guard !body.isEmpty else { return }
        grid.fill(body)
        grid.put(title.truncated(toWidth: body.width), x: body.x, y: body.y, style: .emphasis)
        let list = Self.listRect(body)
        for (i, line) in lines.dropFirst(cursor.top).prefix(list.height).enumerated() {
            var style = line.style
            if cursor.top + i == cursor.selected {
                style.reverse = true
                grid.fill(Rect(x: list.x, y: list.y + i, width: list.width, height: 1), style: style)
            }
            grid.put(line.text.truncated(toWidth: list.width), x: list.x, y: list.y + i, maxWidth: list.width, style: style)
        }
    }

    /// The lines listed: pairs (with status, cohort and start), sessions (date,
    /// pair, rating, follow-up), cities. O(lines) with the sessions' positions
    /// (checked: the data may have changed since), else one pass over the sessions.
    static func lines(_ target: DrillTarget, _ catalog: CityCatalog, sessionPosition: [String: Int]?) -> [ReportOutline.Line] {
        let data = catalog.data
        func name(_ id: String) -> String { catalog.index.cityPosition[id].map { data.cities[$0].name } ?? id }
        func pair(_ k: PairKey) -> String { "\(name(k.pilot)) → \(name(k.peer))" }
        var out: [ReportOutline.Line] = []
        if !target.pairs.isEmpty {
            out.append(.init(text: "Pairs (\(target.pairs.count.grouped))", style: .heading))
            var pairing: [PairKey: Pairing] = [:]
            let wanted = Set(target.pairs)
            for p in data.pairings where wanted.contains(p.key) { pairing[p.key] = p }
            for k in target.pairs {
                let detail = pairing[k].map { p in
                    "\(p.status.rawValue) since \(p.start)" + (p.cohort.isEmpty ? "" : " · cohort \(p.cohort)")
                } ?? ""
                out.append(.init(text: "  " + pair(k).truncated(toWidth: 44).padded(toWidth: 46) + detail))
            }
        }
        if !target.sessions.isEmpty {
            if !out.isEmpty { out.append(.init(text: "")) }
            out.append(.init(text: "Sessions (\(target.sessions.count.grouped))", style: .heading))
            var position = sessionPosition ?? [:]
            if sessionPosition == nil {
                let wanted = Set(target.sessions)
                for (i, s) in data.sessions.enumerated() where wanted.contains(s.id) { position[s.id] = i }
            }
            for id in target.sessions {
                guard let i = position[id], i < data.sessions.count, data.sessions[i].id == id else { continue }
                let s = data.sessions[i]
                let rating = s.rating.map { "rated \($0)" } ?? "unrated"
                let follow = s.followUp.isEmpty ? "" : "  follow-up: \(s.followUp)"
                out.append(.init(text: "  \(s.date)  " + pair(s.pair).truncated(toWidth: 40).padded(toWidth: 42) + rating + follow))
            }
        }
        if !target.cities.isEmpty {
            if !out.isEmpty { out.append(.init(text: "")) }
            out.append(.init(text: "Peers asking with no pilot (\(target.cities.count.grouped))", style: .heading))
            for c in target.cities { out.append(.init(text: "  \(name(c))")) }
        }
        if out.isEmpty { out.append(.init(text: "Nothing behind this figure.", style: .muted)) }
        return out
    }
}
