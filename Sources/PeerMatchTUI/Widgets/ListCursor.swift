/// Selection and scroll of a list: what a view keeps besides its data.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    /// First row shown.
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Applies a movement action; returns false for any other action.
    public mutating func apply(_ action: Action, count: Int, pageSize: Int) -> Bool {
        let page = max(1, pageSize - 1)
        switch action {
        case .moveDown: selected += 1
        case .moveUp: selected -= 1
        case .pageDown: selected += page
        case .pageUp: selected -= page
        case .moveFirst: selected = 0
        case .moveLast: selected = count - 1
        default: return false
        }
        clamp(count: count, visibleRows: pageSize)
        return true
    }

    /// Moves by `delta` rows (mouse wheel).
    public mutating func scroll(by delta: Int, count: Int, visibleRows: Int) {
        selected += delta
        clamp(count: count, visibleRows: visibleRows)
    }

    /// Keeps the selection inside the list and on screen.
    public mutating func clamp(count: Int, visibleRows: Int) {
        selected = max(0, min(selected, count - 1))
        let rows = max(1, visibleRows)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }
}
