import PeerMatchCore

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
