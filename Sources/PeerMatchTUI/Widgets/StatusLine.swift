import PeerMatchCore

/// The title bar (forum name and the five screens) and the two status
/// lines (data folder, counts, message; key hints).
enum TitleBar {
    static let appName = " PeerMatch "

    /// The app's name, left out on narrow screens so the five tabs fit.
    static func shownName(width: Int) -> String { width >= 80 ? appName : "" }

    /// Where each screen's tab is on the title row, for mouse clicks.
    static func tabs(forumName: String, width: Int) -> [(screen: ScreenID, x: Int, width: Int)] {
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
        for tab in tabs(forumName: forumName, width: width) {
            let label = tab.screen == current ? "[\(tab.screen.rawValue) \(tab.screen.title)]"
                : " \(tab.screen.rawValue) \(tab.screen.title) "
            grid.put(label, x: tab.x, y: 0, style: tab.screen == current ? Style(bold: true, underline: true) : .title)
        }
        let end = (tabs(forumName: forumName, width: width).last.map { $0.x + $0.width } ?? 0) + 2
        let room = width - end - 1
        let name = room >= min(8, forumName.displayWidth) ? forumName.truncated(toWidth: room) : ""
        if !name.isEmpty { grid.put(name, x: width - name.displayWidth - 1, y: 0, style: .title) }
    }
}

enum StatusLine {
    static func render(info: String, message: String?, hints: [KeyBinding], in rect: Rect, into grid: inout Grid) {
        guard rect.height >= 2 else { return }
        grid.fill(rect)
        // A message goes first: it answers what was just done.
        var x = rect.x
        if let message {
            x += grid.put(message.truncated(toWidth: rect.width), x: x, y: rect.y, style: .message)
            x += grid.put(" │ ", x: x, y: rect.y, style: .muted)
        }
        if x < rect.maxX { grid.put(info.truncated(toWidth: rect.maxX - x), x: x, y: rect.y, style: .muted) }
        let text = hints.compactMap(\.footerLabel).joined(separator: "  ")
        grid.put(text.truncated(toWidth: rect.width), x: rect.x, y: rect.y + 1, style: Style(reverse: true))
        grid.restyle(Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1)) { $0.reverse = true }
    }
}

/// Shown instead of the app when the window is too small to draw it.
enum TooSmallMessage {
    static let minimumWidth = 60
    static let minimumHeight = 16

    static func render(width: Int, height: Int, into grid: inout Grid) {
        grid.fill(grid.area)
        let lines = [
            "Window too small: \(width)×\(height)",
            "Enlarge it to at least \(minimumWidth)×\(minimumHeight).",
            "(q quits)",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let text = line.truncated(toWidth: width)
            grid.put(text, x: max(0, (width - text.displayWidth) / 2), y: top + i, style: i == 0 ? .warning : .plain)
        }
    }
}
