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
