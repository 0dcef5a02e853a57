import PeerMatchCore

/// The Match list and coverage derived from one workspace version and filter:
/// at 13,000 cities deriving them takes ~10 ms (the draft for the requests, a
/// sort of thousands of pairs), too long to redo for every key and frame.
/// Shared by the copies of the controller (a value type), behind a lock.
final class MatchRowCache: Sendable {
    struct Entry: Sendable {
        var version: Int
        var filter: MatchFilter
        var rows: [MatchRow]
        var coverage: [TextBlock.Line]?
    }

    private let entry = Locked<Entry?>(nil)

    func rows(_ context: ScreenContext, filter: MatchFilter) -> [MatchRow] {
        if let e = entry.withLock({ $0 }), e.version == context.workspaceVersion, e.filter == filter { return e.rows }
        let rows = MatchRow.rows(context.workspace, context.catalog, scorer: context.scorer, filter: filter)
        entry.withLock { $0 = Entry(version: context.workspaceVersion, filter: filter, rows: rows, coverage: nil) }
        return rows
    }

    func coverage(_ context: ScreenContext, filter: MatchFilter) -> [TextBlock.Line] {
        if let e = entry.withLock({ $0 }), e.version == context.workspaceVersion, e.filter == filter, let c = e.coverage { return c }
        let lines = MatchView.coverageLines(context.workspace, context.catalog.data)
        let rows = rows(context, filter: filter)
        entry.withLock { $0 = Entry(version: context.workspaceVersion, filter: filter, rows: rows, coverage: lines) }
        return lines
    }
}
