/// A plain-text table for the CLI: columns aligned by display width (São
/// Paulo, 深圳, पुणे line up), long cells cut with `…` without splitting a
/// character.
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

    public init(_ columns: [Column]) { self.columns = columns }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// Header, a rule, then one line per row; no trailing spaces.
    public func render() -> String {
        // Each cell is measured once and kept with its width.
        let titles = columns.map { ($0.title, DisplayWidth.of($0.title)) }
        var widths = titles.map(\.1)
        var cells: [[(text: String, width: Int)]] = []
        cells.reserveCapacity(rows.count)
        for row in rows {
            var line: [(text: String, width: Int)] = []
            for (k, column) in columns.enumerated() {
                // Printed as the app draws it, so emoji sequences take the cells counted.
                let text = (k < row.count ? row[k] : "").terminalDrawn.truncated(toWidth: column.maxWidth)
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
