import PeerMatchCore

/// A column of a `Table`: a title, a width in cells, and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Int
    public var alignRight: Bool

    public init(_ title: String, width: Int, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }
}

/// A table: a header row, then rows drawn only where visible. Cells are cut
/// with `…` (never inside a character) and padded by display width, so
/// columns line up whatever the script.
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var cursor: ListCursor
    /// Whether the selected row is shown (reverse video).
    public var showsSelection = true
    /// Shown when there are no rows.
    public var emptyText = "(nothing to show)"
    /// Whether the first row of the rectangle is the column titles.
    public var showsHeader = true
    /// Cells of a row; asked only for rows on screen.
    public var cells: (Int) -> [String]
    /// Extra style of a row (e.g. muted when full).
    public var rowStyle: (Int) -> Style = { _ in .plain }
    static let gap = 2

    public init(columns: [TableColumn], rowCount: Int, cursor: ListCursor, cells: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = rowCount
        self.cursor = cursor
        self.cells = cells
    }

    /// Rows of data that fit under the header in `rect`.
    public static func visibleRows(in rect: Rect, header: Bool = true) -> Int { max(0, rect.height - (header ? 1 : 0)) }

    public func render(in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        if showsHeader { draw(columns.map(\.title), y: rect.y, rect: rect, style: .heading, grid: &grid) }
        let rows = Table.visibleRows(in: rect, header: showsHeader)
        var y = rect.y + (showsHeader ? 1 : 0)
        for row in cursor.top..<min(rowCount, cursor.top + rows) {
            var style = rowStyle(row)
            if showsSelection && row == cursor.selected {
                style.reverse = true
                grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            }
            draw(cells(row), y: y, rect: rect, style: style, grid: &grid)
            y += 1
        }
        if rowCount == 0, rows > 0 {
            grid.put(emptyText.truncated(toWidth: rect.width), x: rect.x, y: y, maxWidth: rect.width, style: .muted)
        }
    }

    private func draw(_ texts: [String], y: Int, rect: Rect, style: Style, grid: inout Grid) {
        var x = rect.x
        for (k, column) in columns.enumerated() where x < rect.maxX {
            let width = min(column.width, rect.maxX - x)
            if width > 0 {
                grid.put(k < texts.count ? texts[k] : "", x: x, y: y, exactWidth: width,
                         alignRight: column.alignRight, style: style)
            }
            x += column.width + Table.gap
        }
    }

    /// The data row under a screen row, if any.
    public func row(atScreenY y: Int, in rect: Rect) -> Int? {
        let first = rect.y + (showsHeader ? 1 : 0)
        let r = y - first + cursor.top
        guard y >= first, y < rect.maxY, r >= 0, r < rowCount else { return nil }
        return r
    }
}
