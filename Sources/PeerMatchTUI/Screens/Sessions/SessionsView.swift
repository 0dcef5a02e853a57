import PeerMatchCore

/// Draws the Sessions screen: the bar (list, search, filters), the list, and
/// the selected pair's timeline below (right, on wide terminals).
enum SessionsView {
    static func layout(_ body: Rect) -> MasterDetailLayout { MasterDetailLayout(body: body, maxDetailHeight: 9) }

    static func table(_ s: SessionsState, _ data: ForumData, width: Int) -> Table {
        switch s.list {
        case .sessions:
            let pair = max(12, min(32, width * 30 / 100))
            let columns = [TableColumn("date", width: 10), TableColumn("pair", width: pair), TableColumn("format", width: 15),
                           TableColumn("★", width: 1), TableColumn("follow-up", width: max(0, width - 10 - pair - 15 - 1 - 4 * Table.gap))]
            let visible = s.visible, sessions = s.index.sessions
            var t = Table(columns: columns, rowCount: visible.count, cursor: s.cursor) { row in
                let x = sessions[visible[row]]
                return [x.date.description, "\(x.pilot)–\(x.peer)", x.format.rawValue, x.rating.map(String.init) ?? "·",
                        followUpText(x)]
            }
            t.emptyText = s.isPreparing ? "preparing the session log…" : "no session matches"
            return t
        case .followUps:
            let columns = [TableColumn("due", width: 10), TableColumn("when", width: 12),
                           TableColumn("pair", width: max(12, min(28, width * 28 / 100))),
                           TableColumn("follow-up", width: max(0, width - 22 - max(12, min(28, width * 28 / 100)) - 3 * Table.gap))]
            let rows = s.followUps
            var t = Table(columns: columns, rowCount: rows.count, cursor: s.cursor) { row in
                let f = rows[row]
                let when = f.daysLeft.map { $0 < 0 ? "\(-$0)d overdue" : $0 == 0 ? "due today" : "in \($0)d" } ?? "no due date"
                return [f.session.followUpDue?.description ?? "—", when, "\(f.session.pilot)–\(f.session.peer)", f.session.followUp]
            }
            t.rowStyle = { rows[$0].isOverdue ? .warning : .plain }
            t.emptyText = "no open follow-up"
            return t
        case .stale:
            let columns = [TableColumn("pair", width: max(12, min(34, width * 40 / 100))), TableColumn("quiet", width: 10, alignRight: true),
                           TableColumn("last session", width: 12), TableColumn("cohort", width: max(0, width - 56))]
            let rows = s.stale
            var t = Table(columns: columns, rowCount: rows.count, cursor: s.cursor) { row in
                let p = rows[row]
                return ["\(p.pairing.pilot)–\(p.pairing.peer)", "\(p.daysQuiet) days", p.lastSession?.description ?? "none yet",
                        p.pairing.cohort]
            }
            t.rowStyle = { _ in .warning }
            t.emptyText = "no stale pair: every active pair met lately"
            return t
        }
    }

    static func followUpText(_ s: Session) -> String {
        guard !s.followUp.isEmpty else { return "" }
        let first = s.followUp.split(separator: "\n").first.map(String.init) ?? ""
        return (s.followUpDone ? "✓ " : "") + first
    }

    static func render(_ s: SessionsState, _ data: ForumData, in body: Rect, into grid: inout Grid) {
        let layout = layout(body)
        renderBar(s, data, in: layout.bar, into: &grid)
        table(s, data, width: layout.table.width).render(in: layout.table, into: &grid)
        layout.renderDivider(in: body, into: &grid)
        let lines = s.selectedPair.map { PairTimelinePane.lines($0, s.slice(for: $0), today: s.today, height: layout.detail.height) } ?? []
        TextBlock(lines).render(in: layout.detail, into: &grid)
    }

    /// The words of the filters set, for the bar and messages.
    static func filterWords(_ f: SessionFilter) -> [String] {
        var parts: [String] = []
        if let p = f.pair { parts.append("pair:\(p.pilot)–\(p.peer)") }
        if let c = f.city { parts.append("city:\(c)") }
        if let a = f.area { parts.append("area:\(a)") }
        if let fm = f.format { parts.append("format:\(fm.rawValue)") }
        if let r = f.ratings { parts.append(r.lowerBound == r.upperBound ? "rating:\(r.lowerBound)" : "rating:\(r.lowerBound)–\(r.upperBound)") }
        if f.from != nil || f.to != nil { parts.append("dates:\(f.from?.description ?? "")..\(f.to?.description ?? "")") }
        if f.openFollowUpsOnly { parts.append("open follow-ups") }
        return parts
    }

    static func renderBar(_ s: SessionsState, _ data: ForumData, in rect: Rect, into grid: inout Grid) {
        grid.fill(rect)
        var x = rect.x
        x += grid.put("[\(s.list.rawValue)] ", x: x, y: rect.y, style: .emphasis)
        var right: String
        switch s.list {
        case .sessions: right = "\(s.visible.count.grouped) of \(s.index.sessions.count.grouped)"
        case .followUps: right = "\(s.overdueCount.grouped) overdue of \(s.followUps.count.grouped)"
        case .stale: right = "\(s.stale.count.grouped) quiet > \(data.forum.staleAfterDays) days"
        }
        // The lists are the previous data's until the new ones land.
        if s.isPreparing { right = "preparing… " + right }
        guard s.list == .sessions else {
            grid.put(right, x: max(x, rect.maxX - right.displayWidth), y: rect.y)
            return
        }
        let f = s.filter
        if s.isTypingSearch || !f.search.isEmpty {
            x += grid.put("/", x: x, y: rect.y, style: .emphasis)
            x += grid.put(f.search, x: x, y: rect.y, maxWidth: max(0, rect.width / 3),
                          style: s.searchIsSelected ? Style(reverse: true) : s.isTypingSearch ? Style(underline: true) : .plain)
            if s.isTypingSearch { x += grid.put("▏", x: x, y: rect.y) }
            x += 2
        } else {
            x += grid.put("/ to search", x: x, y: rect.y, style: .muted) + 2
        }
        let parts = filterWords(f)
        let filters = parts.isEmpty ? "no filters" : parts.joined(separator: " ")
        let room = rect.maxX - x - right.displayWidth - 1
        if room > 0 { grid.put(filters.truncated(toWidth: room), x: x, y: rect.y, style: parts.isEmpty ? .muted : .activeFilter) }
        grid.put(right, x: max(rect.x, rect.maxX - right.displayWidth), y: rect.y)
    }
}
