/// An inline SVG bar chart for the HTML report: no script, no font files,
/// scales to the page width (viewBox), with a `<title>` and `<desc>` that
/// screen readers announce. The numbers are also in a table beside it.
public struct SVGBarChart {
    public enum Orientation { case columns, rows }

    /// One bar: a label and its stacked segments (one value per series).
    public struct Bar {
        public var label: String
        public var values: [Int]
        public init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    /// Series names and CSS classes (colours live in the page's CSS, so print can change them).
    public var series: [(name: String, cssClass: String)]
    public var bars: [Bar]
    public var orientation: Orientation
    public var title: String
    public var summary: String
    /// Unique per page: prefixes the ids `aria-labelledby` points at.
    public var id: String

    public init(id: String, title: String, summary: String, orientation: Orientation,
                series: [(name: String, cssClass: String)], bars: [Bar]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.orientation = orientation
        self.series = series
        self.bars = bars
    }

    public func render() -> String {
        switch orientation {
        case .columns: columns()
        case .rows: rows()
        }
    }

    private var maxTotal: Int { bars.map { $0.values.reduce(0, +) }.max() ?? 0 }

    private func open(width: Int, height: Int) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"\(id)-t\">\(title.htmlEscaped)</title>"
            + "<desc id=\"\(id)-d\">\(summary.htmlEscaped)</desc>"
    }

    // 480 units wide: scaled to a phone's width the 12-unit text still reads
    // (about 9 px), and the page caps the width on a desktop.

    /// Vertical bars along a time axis; at most 6 labels so they never overlap.
    private func columns() -> String {
        let width = 480, height = 200, left = 36, bottom = 24, top = 12
        let plotW = width - left - 8, plotH = height - bottom - top
        var s = open(width: width, height: height)
        let top_ = maxTotal
        s += axis(left: left, top: top, plotW: plotW, plotH: plotH, max: top_)
        guard !bars.isEmpty else { return s + "</svg>" }
        let step = Double(plotW) / Double(bars.count)
        let labelEvery = Swift.max(1, (bars.count + 5) / 6)
        for (i, bar) in bars.enumerated() {
            let x = Double(left) + Double(i) * step
            var y = Double(top + plotH)
            for (k, v) in bar.values.enumerated() where v > 0 && top_ > 0 {
                let h = Double(v) / Double(top_) * Double(plotH)
                y -= h
                s += "<rect class=\"\(series[k].cssClass)\" x=\"\(f(x + step * 0.1))\" y=\"\(f(y))\" "
                    + "width=\"\(f(step * 0.8))\" height=\"\(f(h))\"><title>\(bar.label.htmlEscaped): \(v.grouped)</title></rect>"
            }
            if i % labelEvery == 0 {
                s += "<text class=\"tick\" x=\"\(f(x + step / 2))\" y=\"\(height - 8)\" text-anchor=\"middle\">\(bar.label.htmlEscaped)</text>"
            }
        }
        return s + "</svg>"
    }

    /// Horizontal bars, one labelled row each; the total is written after the bar.
    private func rows() -> String {
        let rowH = 22, labelW = 160, width = 480, top = 4
        let plotW = width - labelW - 48
        let height = top * 2 + rowH * Swift.max(bars.count, 1) + (series.count > 1 ? rowH : 0)
        var s = open(width: width, height: height)
        let top_ = maxTotal
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowH
            s += "<text class=\"label\" x=\"\(labelW - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(bar.label.htmlEscaped)</text>"
            var x = Double(labelW)
            for (k, v) in bar.values.enumerated() where v > 0 && top_ > 0 {
                let w = Double(v) / Double(top_) * Double(plotW)
                s += "<rect class=\"\(series[k].cssClass)\" x=\"\(f(x))\" y=\"\(y + 3)\" width=\"\(f(w))\" height=\"\(rowH - 6)\">"
                    + "<title>\(bar.label.htmlEscaped), \(series[k].name.htmlEscaped): \(v.grouped)</title></rect>"
                x += w
            }
            s += "<text class=\"value\" x=\"\(f(x + 4))\" y=\"\(y + 15)\">\(bar.values.reduce(0, +).grouped)</text>"
        }
        if series.count > 1 {
            var x = labelW
            let y = top + rowH * bars.count + 4
            for item in series {
                s += "<rect class=\"\(item.cssClass)\" x=\"\(x)\" y=\"\(y + 3)\" width=\"12\" height=\"12\"/>"
                s += "<text class=\"label\" x=\"\(x + 16)\" y=\"\(y + 14)\">\(item.name.htmlEscaped)</text>"
                x += 16 + item.name.count * 7 + 20
            }
        }
        return s + "</svg>"
    }

    /// The baseline and one grid line at the maximum, labelled.
    private func axis(left: Int, top: Int, plotW: Int, plotH: Int, max: Int) -> String {
        "<line class=\"axis\" x1=\"\(left)\" y1=\"\(top + plotH)\" x2=\"\(left + plotW)\" y2=\"\(top + plotH)\"/>"
            + "<line class=\"grid\" x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left + plotW)\" y2=\"\(top)\"/>"
            + "<text class=\"tick\" x=\"\(left - 4)\" y=\"\(top + 4)\" text-anchor=\"end\">\(max.grouped)</text>"
            + "<text class=\"tick\" x=\"\(left - 4)\" y=\"\(top + plotH + 4)\" text-anchor=\"end\">0</text>"
    }

    /// One decimal is plenty at this scale, and keeps the file small.
    private func f(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
