import PeerMatchCore

/// Draws the Match screen: a bar with the summary, the pairs grouped by
/// pilot, and below (or right) the selected pair with coverage, or the diff.
enum MatchView {
    static func layout(_ body: Rect) -> MasterDetailLayout { MasterDetailLayout(body: body, maxDetailHeight: 9) }

    static func columns(width: Int) -> [TableColumn] {
        let name = max(10, min(24, width * 20 / 100))
        let fixed = 2 * name + 5 + 3 + 11 + 5 * Table.gap
        return [
            TableColumn("pilot", width: name), TableColumn("peer", width: name),
            TableColumn("score", width: 5, alignRight: true), TableColumn("", width: 3),
            TableColumn("request", width: 11), TableColumn("why", width: max(0, width - fixed)),
        ]
    }

    static func render(_ state: MatchController, _ context: ScreenContext, into grid: inout Grid) {
        let body = context.body, layout = layout(body), w = context.workspace
        let rows = state.rows(context)
        var cursor = state.cursor
        cursor.clamp(count: rows.count, visibleRows: Table.visibleRows(in: layout.table))
        grid.fill(layout.bar)
        grid.put(barText(w, shown: rows.count, filter: state.filter).truncated(toWidth: layout.bar.width),
                 x: layout.bar.x, y: layout.bar.y, style: .emphasis)
        var table = Table(columns: columns(width: layout.table.width), rowCount: rows.count, cursor: cursor) { i in
            let r = rows[i]
            // The pilot's name once per group.
            let pilot = i > 0 && rows[i - 1].key.pilot == r.key.pilot ? "" : r.pilotName
            return [pilot, r.peerName, r.score.formatted, r.key == state.swapMark ? "⇄" : r.kind.rawValue, r.request, r.explanation.summary]
        }
        table.rowStyle = { rows[$0].kind == .proposed ? .plain : .emphasis }
        table.emptyText = emptyText(w, filter: state.filter)
        table.render(in: layout.table, into: &grid)
        layout.renderDivider(in: body, into: &grid)
        let lines: [TextBlock.Line]
        if state.showsDiff {
            lines = diffLines(w)
        } else {
            let selected = rows.isEmpty ? nil : rows[cursor.selected]
            lines = (selected.map(pairLines) ?? []) + state.cache.coverage(context, filter: state.filter)
        }
        TextBlock(lines).render(in: layout.detail, into: &grid)
    }

    /// `optimal · 12 pairs · total 84.0 · unmatched: 3 pilots, 5 peers`, after
    /// what is filtered (first, so a narrow bar still says it).
    static func barText(_ w: Workspace, shown: Int, filter: MatchFilter) -> String {
        var parts = filter.isEmpty ? [] : ["\(filter.summary): \(shown.grouped) shown"]
        parts.append(w.algorithm.rawValue)
        if let p = w.proposals {
            parts.append("\(w.pendingPairs.count.grouped) pairs")
            parts.append("total \(p.totalScore.formatted)")
            parts.append("unmatched: \(p.unmatchedPilots.count.grouped) pilots, \(p.unmatchedPeers.count.grouped) peers")
            if w.proposalsAreStale { parts.append("out of date") }
        } else if !w.newPairs.isEmpty {
            parts.append("\(w.newPairs.count.grouped) new pairs")
        }
        return parts.joined(separator: " · ")
    }

    static func emptyText(_ w: Workspace, filter: MatchFilter) -> String {
        if !filter.isEmpty { return "No pair matches \(filter.summary)." }
        if w.proposals == nil {
            return "No proposals yet: \(Keymap.keyName(.runMatch, in: .match)) runs the match on the capacity left."
        }
        return "The match proposes no pair: no capacity left, or no pilot and peer share an area."
    }

    static func pairLines(_ r: MatchRow) -> [TextBlock.Line] {
        let kind = switch r.kind {
        case .fixed: " (fixed in the workspace)"
        case .pinned: " (pinned)"
        case .proposed: ""
        }
        return [.init("\(r.pilotName) → \(r.peerName)   score \(r.score.formatted)\(kind)", .emphasis),
                .init("  \(r.explanation.summary)")]
    }

    /// Coverage per interest area and pairs per region of what the commit would make active.
    static func coverageLines(_ w: Workspace, _ data: ForumData) -> [TextBlock.Line] {
        guard let p = w.proposals else { return [] }
        let coverage = Coverage(pairs: p.pairs.map(\.explanation), peersWithoutPilot: p.unmatchedPeers, data: data)
        let areas = coverage.areas.map { "\($0.area) \($0.coveredPeers)/\($0.interestedPeers)" }.joined(separator: " · ")
        let regions = coverage.regions.map { "\($0.region.isEmpty ? "(none)" : $0.region) \($0.pairs)" }.joined(separator: " · ")
        return [.init("coverage (peers with a pilot / interested): \(areas)", .muted),
                .init("pairs per region: \(regions)", .muted)]
    }

    /// `+12 pairs, −1 ended, 2 peers change pilot; total score +84.0; pins +1; exclusions +1`
    static func diffSummary(_ d: PairingDiff) -> String {
        var parts = ["+\(d.added.count) pairs", "−\(d.removed.count) ended", "\(d.changed.count) peers change pilot",
                     "total score \(d.scoreChange.signedFormatted)"]
        if !d.pinsAdded.isEmpty || !d.pinsRemoved.isEmpty { parts.append("pins +\(d.pinsAdded.count) −\(d.pinsRemoved.count)") }
        if !d.exclusionsAdded.isEmpty || !d.exclusionsRemoved.isEmpty {
            parts.append("exclusions +\(d.exclusionsAdded.count) −\(d.exclusionsRemoved.count)")
        }
        return parts.joined(separator: "; ")
    }

    /// What a commit would change, pair by pair.
    static func diffLines(_ w: Workspace) -> [TextBlock.Line] {
        let d: PairingDiff
        do { d = try w.diff() } catch { return [.init("no diff: \(AppModel.sentence(error))", .muted)] }
        var out: [TextBlock.Line] = [.init("if committed: " + diffSummary(d), .emphasis)]
        out += d.changed.map { .init("  ~ \($0.from.key) → \($0.to.key)  \($0.from.score.formatted) → \($0.to.score.formatted)") }
        out += d.removed.map { .init("  − \($0.key)  \($0.score.formatted)") }
        out += d.added.map { .init("  + \($0.key)  \($0.score.formatted)") }
        out += d.pinsAdded.map { .init("  pin \($0)", .muted) } + d.exclusionsAdded.map { .init("  exclude \($0)", .muted) }
        if d.isEmpty { out.append(.init("  nothing would change", .muted)) }
        return out
    }
}
