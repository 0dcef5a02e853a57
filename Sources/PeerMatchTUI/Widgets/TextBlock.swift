/// Lines of text with a style each, drawn from the top of a rectangle and
/// cut at its edges: detail panes, placeholders, messages.
public struct TextBlock: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    public var lines: [Line]
    /// Lines skipped at the top.
    public var scroll = 0

    public init(_ lines: [Line], scroll: Int = 0) {
        self.lines = lines
        self.scroll = scroll
    }

    public func render(in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        for (i, line) in lines.dropFirst(scroll).prefix(rect.height).enumerated() {
            grid.put(line.text.truncated(toWidth: rect.width), x: rect.x, y: rect.y + i, maxWidth: rect.width, style: line.style)
        }
    }
}

/// A framed box drawn over the screen: help, the filter chooser.
public struct Box: Hashable, Sendable {
    public var title: String

    public init(title: String) { self.title = title }

    /// Draws the frame and returns the inside.
    public func render(in rect: Rect, into grid: inout Grid) -> Rect {
        guard rect.width >= 4, rect.height >= 3 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        grid.fill(rect)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        grid.put("┌" + horizontal + "┐", x: rect.x, y: rect.y)
        grid.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put("│", x: rect.x, y: y)
            grid.put("│", x: rect.maxX - 1, y: y)
        }
        grid.put(" \(title) ".truncated(toWidth: rect.width - 4), x: rect.x + 2, y: rect.y, style: .emphasis)
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
