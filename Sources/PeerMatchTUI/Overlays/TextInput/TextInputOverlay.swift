import PeerMatchCore

/// One line of text typed in a box (a note, a name); Enter hands it, with
/// its tag, to the screen that opened it.
struct TextInputOverlay: OverlayController {
    var prompt: String
    var text: String
    var tag: String

    init(prompt: String, text: String = "", tag: String) {
        self.prompt = prompt
        self.text = text
        self.tag = tag
    }

    var keymaps: [Keymap] { [.textInput] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .acceptText: return [.closeOverlay, .deliver(.text(text, tag: tag))]
        case .cancelText: return [.closeOverlay]
        case .deleteTextCharacter:
            if !text.isEmpty { text.removeLast() }
            return []
        default: return []
        }
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .character(let c) = key else { return nil }
        text.append(c)
        return []
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let frame = context.screen.centered(width: min(64, context.screen.width - 4), height: 4)
        let inside = Box(title: prompt).render(in: frame, into: &grid).insetHorizontally(1)
        guard !inside.isEmpty else { return }
        grid.fill(inside)
        // The end of a long text stays in view.
        var shown = text
        while shown.displayWidth > inside.width - 1, !shown.isEmpty { shown.removeFirst() }
        let x = inside.x + grid.put(shown, x: inside.x, y: inside.y, style: Style(underline: true))
        grid.put("▏", x: x, y: inside.y)
        let hint = "\(Keymap.keyName(.acceptText, in: .textInput)) accept · \(Keymap.keyName(.cancelText, in: .textInput)) cancel"
        if inside.height > 1 { grid.put(hint.truncated(toWidth: inside.width), x: inside.x, y: inside.y + 1, style: .muted) }
    }
}
