import PeerMatchCore

/// The title bar: the app's name, the tabs (the current one marked
/// without relying on colour), the forum's name.
enum TitleBar {
    static let appName = " PeerMatch "

    /// The app's name, left out on narrow screens so the five tabs fit.
    static func shownName(width: Int) -> String { width >= 80 ? appName : "" }

    static func label(_ index: Int, _ title: String) -> String { "[\(index + 1) \(title)]" }

    /// Where each tab is on the title row, for mouse clicks.
    static func tabs(titles: [String], width: Int) -> [(x: Int, width: Int)] {
        var x = shownName(width: width).displayWidth + 1
        var out: [(Int, Int)] = []
        for (i, t) in titles.enumerated() {
            let w = label(i, t).displayWidth
            out.append((x, w))
            x += w + 1
        }
        return out
    }

    static func render(titles: [String], current: Int, forumName: String, width: Int, into grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .title)
        grid.put(shownName(width: width), x: 0, y: 0, style: .title)
        let tabs = tabs(titles: titles, width: width)
        for (i, tab) in tabs.enumerated() {
            let text = i == current ? label(i, titles[i]) : " \(i + 1) \(titles[i]) "
            grid.put(text, x: tab.x, y: 0, style: i == current ? Style(bold: true, underline: true) : .title)
        }
        let end = (tabs.last.map { $0.x + $0.width } ?? 0) + 2
        let room = width - end - 1
        let name = room >= min(8, forumName.displayWidth) ? forumName.truncated(toWidth: room) : ""
        if !name.isEmpty { grid.put(name, x: width - name.displayWidth - 1, y: 0, style: .title) }
    }
}
