import PeerMatchCore

/// The title bar: the app's name, the five screens (the current one marked
/// without relying on colour), the forum's name.
enum TitleBar {
    static let appName = " PeerMatch "

    /// The app's name, left out on narrow screens so the five tabs fit.
    static func shownName(width: Int) -> String { width >= 80 ? appName : "" }

    /// Where each screen's tab is on the title row, for mouse clicks.
    static func tabs(width: Int) -> [(screen: ScreenID, x: Int, width: Int)] {
        var x = shownName(width: width).displayWidth + 1
        var out: [(ScreenID, Int, Int)] = []
        for s in ScreenID.allCases {
            let w = "[\(s.rawValue) \(s.title)]".displayWidth
            out.append((s, x, w))
            x += w + 1
        }
        return out
    }

    static func render(current: ScreenID, forumName: String, width: Int, into grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .title)
        grid.put(shownName(width: width), x: 0, y: 0, style: .title)
        for tab in tabs(width: width) {
            let label = tab.screen == current ? "[\(tab.screen.rawValue) \(tab.screen.title)]"
                : " \(tab.screen.rawValue) \(tab.screen.title) "
            grid.put(label, x: tab.x, y: 0, style: tab.screen == current ? Style(bold: true, underline: true) : .title)
        }
        let end = (tabs(width: width).last.map { $0.x + $0.width } ?? 0) + 2
        let room = width - end - 1
        let name = room >= min(8, forumName.displayWidth) ? forumName.truncated(toWidth: room) : ""
        if !name.isEmpty { grid.put(name, x: width - name.displayWidth - 1, y: 0, style: .title) }
    }
}
