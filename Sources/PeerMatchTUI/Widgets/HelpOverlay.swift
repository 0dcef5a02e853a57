import PeerMatchCore

/// The `?` overlay: the bindings of the keymaps in force, from the same
/// tables that dispatch keys, so help never drifts from behaviour.
enum HelpOverlay {
    static func lines(for keymaps: [Keymap]) -> [TextBlock.Line] {
        var out: [TextBlock.Line] = []
        for keymap in keymaps {
            if !out.isEmpty { out.append(.init("")) }
            out.append(.init(keymap.title, .heading))
            for b in keymap.bindings {
                out.append(.init("  \(b.keyLabel.padded(toWidth: 22)) \(b.description)"))
            }
        }
        return out
    }

    static func frame(in screen: Rect) -> Rect {
        screen.centered(width: min(84, screen.width - 2), height: screen.height - 2)
    }

    static func render(keymaps: [Keymap], scroll: Int, in screen: Rect, into grid: inout Grid) {
        let lines = lines(for: keymaps)
        let inside = Box(title: "Keys — Esc closes, ↓↑ scroll").render(in: frame(in: screen), into: &grid)
        let top = max(0, min(scroll, lines.count - inside.height))
        TextBlock(lines, scroll: top).render(in: inside, into: &grid)
        if top + inside.height < lines.count {
            grid.put(" more ↓ ", x: inside.maxX - 8, y: inside.maxY, style: .emphasis)
        }
    }
}
