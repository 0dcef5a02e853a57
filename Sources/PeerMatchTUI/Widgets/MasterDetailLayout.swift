/// A one-line bar, a list, and a detail pane for the selected row: the pane
/// goes to the right on wide terminals (130 columns and more), else below the list.
struct MasterDetailLayout {
    var bar: Rect
    var table: Rect
    var detail: Rect
    var detailOnRight: Bool

    /// `maxDetailHeight` caps the pane when it sits below the list.
    init(body: Rect, maxDetailHeight: Int) {
        let (bar, rest) = body.splitTop(1)
        self.bar = bar
        if rest.width >= 130 {
            let detailWidth = min(64, rest.width / 3)
            let (left, right) = rest.splitLeft(rest.width - detailWidth)
            table = left
            detail = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
            detailOnRight = true
        } else {
            let detailHeight = max(6, min(maxDetailHeight, rest.height * 2 / 5))
            let (top, bottom) = rest.splitBottom(detailHeight)
            table = top
            detail = Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1)
            detailOnRight = false
        }
    }

    /// The Cities screen's layout: the bar shows search and filters.
    static func cities(body: Rect) -> MasterDetailLayout { MasterDetailLayout(body: body, maxDetailHeight: 12) }

    /// The Mentors screen's layout: the bar says whose partners are listed.
    static func partners(body: Rect) -> MasterDetailLayout { MasterDetailLayout(body: body, maxDetailHeight: 10) }

    /// The line between the list and the detail pane.
    func renderDivider(in body: Rect, into grid: inout Grid) {
        if detailOnRight {
            for y in detail.y..<detail.maxY { grid.put("│", x: detail.x - 1, y: y, style: .muted) }
        } else if detail.y > 0 {
            grid.put(String(repeating: "─", count: body.width), x: body.x, y: detail.y - 1, style: .muted)
        }
    }
}
