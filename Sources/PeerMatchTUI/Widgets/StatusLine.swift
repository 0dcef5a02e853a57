import PeerMatchCore

/// The two bottom lines: a message (what was just done), the data folder and
/// counts; then the key hints of the keymaps in force.
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
