import PeerMatchCore

/// Shown instead of the app when the window is too small to draw it.
enum TooSmallMessage {
    static let minimumWidth = 60
    static let minimumHeight = 16

    static func render(width: Int, height: Int, into grid: inout Grid) {
        grid.fill(grid.area)
        let lines = [
            "Window too small: \(width)×\(height)",
            "Enlarge it to at least \(minimumWidth)×\(minimumHeight).",
            "(\(Keymap.keyName(.quit, in: .global)) quits)",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let text = line.truncated(toWidth: width)
            grid.put(text, x: max(0, (width - text.displayWidth) / 2), y: top + i, style: i == 0 ? .warning : .plain)
        }
    }
}
