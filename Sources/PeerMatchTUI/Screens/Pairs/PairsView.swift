import PeerMatchCore

/// Draws the Pairs screen: the filters, the pairings, the selected one in full.
enum PairsView {
    static func layout(_ body: Rect) -> MasterDetailLayout { MasterDetailLayout(body: body, maxDetailHeight: 7) }

    static func columns(width: Int) -> [TableColumn] {
        let name = max(8, min(22, width * 15 / 100))
        let fixed = 2 * name + 6 + 11 + 8 + 5 + 6 + 7 * Table.gap
        return [
            TableColumn("pilot", width: name), TableColumn("peer", width: name), TableColumn("status", width: 6),
            TableColumn("cohort", width: 11), TableColumn("sessions", width: 8, alignRight: true),
            TableColumn("quiet", width: 5, alignRight: true), TableColumn("goal", width: 6),
            TableColumn("fit", width: max(0, width - fixed)),
        ]
    }

    static func render(_ state: PairsController, _ context: ScreenContext, into grid: inout Grid) {
        let body = context.body, layout = layout(body), data = context.catalog.data
        let rows = state.rows(data), position = context.catalog.index.cityPosition
        let flags = data.fitFlags()
        var cursor = state.cursor
        cursor.clamp(count: rows.count, visibleRows: Table.visibleRows(in: layout.table))
        func name(_ id: String) -> String { position[id].map { data.cities[$0].name } ?? id }
        let bar = ["status:\(state.status?.rawValue ?? "all")", "cohort:\(state.cohort.map { $0.isEmpty ? "(none)" : $0 } ?? "all")",
                   state.city.isEmpty ? "" : "city:\(state.city)", "\(rows.count.grouped) pairings"]
            .filter { !$0.isEmpty }.joined(separator: "  ")
        grid.fill(layout.bar)
        grid.put(bar.truncated(toWidth: layout.bar.width), x: layout.bar.x, y: layout.bar.y, style: .emphasis)
        // Goal progress is asked only for the rows on screen (each is O(sessions)).
        var table = Table(columns: columns(width: layout.table.width), rowCount: rows.count, cursor: cursor) { i in
            let r = rows[i], p = r.pairing
            return [name(p.pilot), name(p.peer), p.status.rawValue, p.cohort, r.sessions.grouped,
                    p.isActive ? r.daysSinceLastSession.grouped : "", data.goalProgress(for: p.key)?.description ?? "",
                    flags[p.key].map { "⚑ \($0)" } ?? ""]
        }
        table.rowStyle = { flags[rows[$0].pairing.key] != nil ? .emphasis : rows[$0].pairing.isActive ? .plain : .unavailable }
        table.emptyText = "No pairing matches the filters (t status, c cohort, / city)."
        table.render(in: layout.table, into: &grid)
        layout.renderDivider(in: body, into: &grid)
        var lines: [TextBlock.Line] = []
        if !rows.isEmpty {
            let r = rows[cursor.selected], p = r.pairing
            lines.append(.init("\(name(p.pilot)) → \(name(p.peer))  \(p.status.rawValue) since \(p.start)"
                               + (p.end.map { " until \($0)" } ?? "") + (p.cohort.isEmpty ? "" : " [\(p.cohort)]"), .emphasis))
            lines.append(.init("sessions \(r.sessions.grouped)" + (r.lastSession.map { ", last on \($0)" } ?? ", none yet")))
            if let flag = flags[p.key] { lines.append(.init("fit: \(flag)")) }
            if let goal = p.goal { lines.append(.init("goal: \(goal.text) — \(data.goalProgress(for: p.key)?.description ?? "")")) }
            if !p.note.isEmpty { lines.append(.init("note: \(p.note)", .muted)) }
        }
        TextBlock(lines).render(in: layout.detail, into: &grid)
    }
}
