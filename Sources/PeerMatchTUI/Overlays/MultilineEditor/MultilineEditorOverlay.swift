import PeerMatchCore

/// The built-in editor for long text (an outcome, a follow-up) when neither
/// `$VISUAL` nor `$EDITOR` is set: type, Enter for a new line, Ctrl-S keeps
/// the text (handed back as `.text` with the tag), Esc drops the changes.
struct MultilineEditorOverlay: OverlayController {
    var title: String
    var text: String
    var tag: String

    var keymaps: [Keymap] { [.multilineEditor] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .newLine: text.append("\n")
        case .deleteEditorCharacter: if !text.isEmpty { text.removeLast() }
        case .finishEditing: return [.closeOverlay, .deliver(.text(text, tag: tag))]
        case .cancelEditing: return [.closeOverlay, .message("\(title): not changed")]
        default: break
        }
        return []
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .character(let c) = key else { return nil }
        text.append(c)
        return []
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let frame = context.screen.centered(width: min(70, context.screen.width - 4), height: min(12, context.screen.height - 2))
        let inside = Box(title: title).render(in: frame, into: &grid).insetHorizontally(1)
        guard inside.height > 1 else { return }
        grid.fill(inside)
        let (area, hintRow) = inside.splitBottom(1)
        // Lines cut to the width; the last ones (where the typing is) stay in view.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[lines.count - 1] += "▏"
        for (k, line) in lines.suffix(area.height).enumerated() {
            var shown = line
            while shown.displayWidth > area.width, !shown.isEmpty { shown.removeFirst() }
            grid.put(shown, x: area.x, y: area.y + k)
        }
        let hint = "\(Keymap.keyName(.finishEditing, in: .multilineEditor)) keep · "
            + "\(Keymap.keyName(.newLine, in: .multilineEditor)) new line · \(Keymap.keyName(.cancelEditing, in: .multilineEditor)) cancel"
        grid.put(hint.truncated(toWidth: hintRow.width), x: hintRow.x, y: hintRow.y, style: .muted)
    }
}
