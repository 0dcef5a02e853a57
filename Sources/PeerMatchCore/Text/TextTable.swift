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
        var widths = columns.map { DisplayWidth.of($0.title) }
        var cells: [[String]] = []
        cells.reserveCapacity(rows.count)
        for row in rows {
            var line: [String] = []
            for (k, column) in columns.enumerated() {
                let text = (k < row.count ? row[k] : "").truncated(toWidth: column.maxWidth)
                widths[k] = max(widths[k], DisplayWidth.of(text))
                line.append(text)
            }
            cells.append(line)
        }
        var out = ""
        func emit(_ line: [String]) {
            var parts: [String] = []
            for (k, text) in line.enumerated() {
                parts.append(text.padded(toWidth: widths[k], alignRight: columns[k].alignRight))
            }
            var s = parts.joined(separator: "  ")
            while s.last == " " { s.removeLast() }
            out += s + "\n"
        }
        emit(columns.map(\.title))
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for line in cells { emit(line) }
        return out
    }
}
