/// A plain-text table for the CLI: columns aligned by display width (São
/// Paulo, 深圳, पुणे line up), long cells cut with `…` without splitting a
/// character (on a terminal; a pipe or a file gets every cell whole), control
/// characters escaped (`TerminalText`).
public struct TextTable {
    public struct Column {
        public var title: String
        public var alignRight: Bool
        /// Cells wider than this are truncated.
        public var maxWidth: Int

        public init(_ title: String, alignRight: Bool = false, maxWidth: Int = 40) {
            self.title = title
            self.alignRight = alignRight
            self.maxWidth = maxWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// Cut cells to their column's `maxWidth` (for a terminal's width);
    /// false keeps every cell whole, for scripts that read the output.
    public var cutsLongCells: Bool

    public init(_ columns: [Column], cutsLongCells: Bool = true) {
        self.columns = columns
        self.cutsLongCells = cutsLongCells
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// Header, a rule, then one line per row; no trailing spaces.
    public func render() -> String {
        // Each cell is measured once and kept with its width.
        let titles = columns.map { ($0.title.terminalEscaped, DisplayWidth.of($0.title.terminalEscaped)) }
        var widths = titles.map(\.1)
        var cells: [[(text: String, width: Int)]] = []
        cells.reserveCapacity(rows.count)
        for row in rows {
            var line: [(text: String, width: Int)] = []
            for (k, column) in columns.enumerated() {
                // Escaped, and printed as the app draws it, so emoji sequences take the cells counted.
                let whole = (k < row.count ? row[k] : "").terminalEscaped.terminalDrawn
                let text = cutsLongCells ? whole.truncated(toWidth: column.maxWidth) : whole
                let width = DisplayWidth.of(text)
                widths[k] = max(widths[k], width)
                line.append((text, width))
            }
            cells.append(line)
        }
        var out = ""
        func emit(_ line: [(text: String, width: Int)]) {
            var parts: [String] = []
            for (k, cell) in line.enumerated() {
                let pad = String(repeating: " ", count: widths[k] - cell.width)
                parts.append(columns[k].alignRight ? pad + cell.text : cell.text + pad)
            }
            var s = parts.joined(separator: "  ")
            while s.last == " " { s.removeLast() }
            out += s + "\n"
        }
        emit(titles)
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for line in cells { emit(line) }
        return out
    }
}
