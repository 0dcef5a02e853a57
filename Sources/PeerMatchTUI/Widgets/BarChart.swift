/// Vertical bars drawn in cells, one value each, scaled so the largest fills
/// the height. Unicode lower blocks (▁…█) give eighths of a cell; the ASCII
/// fallback draws whole cells of `#`. A non-zero value always shows at least
/// the smallest mark, so "few" never looks like "none". Pure: draws into a Grid.
public struct BarChart: Sendable {
    public enum Glyphs: Sendable, Hashable {
        case unicode, ascii

        /// ASCII when asked for (`PEERMATCH_ASCII`, or `NO_COLOR`, which asks
        /// for a plain terminal) or when the locale is not UTF-8: the app
        /// itself switches curses to UTF-8, but the terminal behind a C or
        /// Latin-1 locale may not have the block glyphs.
        public static func forEnvironment(_ environment: [String: String]) -> Glyphs {
            if !(environment["PEERMATCH_ASCII"] ?? "").isEmpty || !(environment["NO_COLOR"] ?? "").isEmpty { return .ascii }
            let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
                .compactMap { $0 }.first { !$0.isEmpty } ?? ""
            let upper = locale.uppercased()
            return upper.contains("UTF-8") || upper.contains("UTF8") ? .unicode : .ascii
        }
    }

    static let lowerEighths = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let leftEighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    public var values: [Int]
    /// The bar under the cursor, drawn in `selectedStyle` and kept in view.
    public var selected: Int?
    public var glyphs: Glyphs
    public var barWidth = 1
    /// Cells between bars; dropped to 0 when the bars would not fit otherwise.
    public var gap = 1
    public var style = Style(foreground: .cyan)
    public var selectedStyle = Style(bold: true, foreground: .yellow)

    public init(values: [Int], selected: Int? = nil, glyphs: Glyphs) {
        self.values = values
        self.selected = selected
        self.glyphs = glyphs
    }

    /// The gap used at this width: the given one if all bars fit with it, else none.
    public func gap(forWidth width: Int) -> Int {
        values.count * (barWidth + gap) - gap <= width ? gap : 0
    }

    /// How many bars fit in `width` cells.
    public func barsShown(inWidth width: Int) -> Int {
        let step = barWidth + gap(forWidth: width)
        return max(0, min(values.count, (width + step - barWidth) / step))
    }

    /// The first bar drawn: 0, or later so the selected bar is in view (at the right end).
    public func firstShown(inWidth width: Int) -> Int {
        let shown = barsShown(inWidth: width)
        guard let selected, shown > 0, selected >= shown else { return 0 }
        return min(selected - shown + 1, values.count - shown)
    }

    /// The bar drawn at a column of `rect`, if any.
    public func bar(atX x: Int, in rect: Rect) -> Int? {
        let step = barWidth + gap(forWidth: rect.width)
        let dx = x - rect.x
        guard dx >= 0, dx < rect.width, dx % step < barWidth else { return nil }
        let k = firstShown(inWidth: rect.width) + dx / step
        return k < firstShown(inWidth: rect.width) + barsShown(inWidth: rect.width) ? k : nil
    }

    public func render(in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        let top = values.max() ?? 0
        guard top > 0 else { return }
        let step = barWidth + gap(forWidth: rect.width)
        let first = firstShown(inWidth: rect.width)
        for k in first..<(first + barsShown(inWidth: rect.width)) {
            let cells = BarChart.column(values[k], of: top, height: rect.height, glyphs: glyphs)
            let x = rect.x + (k - first) * step
            let style = k == selected ? selectedStyle : style
            for (r, glyph) in cells.enumerated() where glyph != " " {
                for dx in 0..<barWidth { _ = grid.put(glyph, x: x + dx, y: rect.maxY - 1 - r, style: style) }
            }
        }
    }

    /// One bar's cells, bottom first: `height` glyphs (spaces above the bar).
    static func column(_ value: Int, of top: Int, height: Int, glyphs: Glyphs) -> [String] {
        guard height > 0 else { return [] }
        switch glyphs {
        case .unicode:
            let eighths = value <= 0 ? 0 : max(1, (value * height * 8 + top / 2) / top)
            return (0..<height).map { r in
                let fill = eighths - r * 8
                return fill >= 8 ? "█" : fill > 0 ? lowerEighths[fill - 1] : " "
            }
        case .ascii:
            let full = value <= 0 ? 0 : max(1, (value * height + top / 2) / top)
            return (0..<height).map { $0 < full ? "#" : " " }
        }
    }

    /// A horizontal bar of `value` out of `top` in `width` cells (left eighths
    /// ▏…█ in Unicode, `#` in ASCII), padded with spaces to `width`.
    public static func horizontal(_ value: Int, of top: Int, width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        guard top > 0, value > 0 else { return String(repeating: " ", count: width) }
        var bar = ""
        switch glyphs {
        case .unicode:
            let eighths = max(1, (value * width * 8 + top / 2) / top)
            bar = String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? leftEighths[eighths % 8 - 1] : "")
        case .ascii:
            bar = String(repeating: "#", count: max(1, (value * width + top / 2) / top))
        }
        return bar + String(repeating: " ", count: max(0, width - bar.count))
    }
}
