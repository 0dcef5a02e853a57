/// The body of a picker overlay (a pair to add, a pairing to end, a city to
/// re-pair or filter by): a search line, then a two-column list — what, and
/// why — with its cursor. The overlay owns which rows there are.
struct PickerList {
    var search = ""
    var cursor = ListCursor()

    /// The overlay's box: centered, at most 76×18.
    static func frame(_ screen: Rect) -> Rect {
        screen.centered(width: min(76, screen.width - 2), height: min(18, screen.height - 2))
    }

    /// A character typed: the search narrows and the cursor goes back to the top.
    mutating func type(_ key: Key) -> Bool {
        guard case .character(let c) = key else { return false }
        search.append(c)
        cursor = ListCursor()
        return true
    }

    mutating func deleteLast() {
        if !search.isEmpty { search.removeLast() }
        cursor = ListCursor()
    }

    mutating func clear() {
        search = ""
        cursor = ListCursor()
    }

    /// Rows taken from `count` by `row(i)`; the first column is `labelWidth(inner width)` wide.
    func render(title: String, count: Int, labelWidth: (Int) -> Int, row: @escaping (Int) -> [String],
                in frame: Rect, into grid: inout Grid) {
        let inside = Box(title: title).render(in: frame, into: &grid).insetHorizontally(1)
        guard inside.height > 2 else { return }
        grid.fill(inside)
        grid.put("search: \(search)▏".truncated(toWidth: inside.width), x: inside.x, y: inside.y, style: .emphasis)
        let list = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        var cursor = cursor
        cursor.clamp(count: count, visibleRows: list.height)
        let name = labelWidth(inside.width)
        var table = Table(columns: [TableColumn("", width: name), TableColumn("", width: max(0, inside.width - name - Table.gap))],
                          rowCount: count, cursor: cursor, cells: row)
        table.showsHeader = false
        table.emptyText = "nothing matches"
        table.render(in: list, into: &grid)
    }
}
