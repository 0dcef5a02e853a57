import PeerMatchCore

/// The `?` overlay: the bindings of the keymaps in force under it, from the
/// same tables that dispatch keys, so help never drifts from behaviour.
struct HelpOverlay: OverlayController {
    /// The keymaps of the layer under the overlay, when it opened.
    var explained: [Keymap]
    var scroll = 0

    init(keymaps: [Keymap]) { explained = keymaps }

    var keymaps: [Keymap] { [.help, .navigation] }

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

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        if action == .closeHelp { return [.closeOverlay] }
        let lines = HelpOverlay.lines(for: explained).count
        let page = max(1, HelpOverlay.frame(in: context.screen).height - 2)
        let maxScroll = max(0, lines - page)
        scroll = switch action {
        case .moveDown: min(maxScroll, scroll + 1)
        case .moveUp: max(0, scroll - 1)
        case .pageDown: min(maxScroll, scroll + page)
        case .pageUp: max(0, scroll - page)
        case .moveFirst: 0
        case .moveLast: maxScroll
        default: scroll
        }
        return []
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let lines = HelpOverlay.lines(for: explained)
        let title = "Keys — \(Keymap.keyName(.closeHelp, in: .help)) closes, ↓↑ scroll"
        let inside = Box(title: title).render(in: HelpOverlay.frame(in: context.screen), into: &grid)
        let top = max(0, min(scroll, lines.count - inside.height))
        TextBlock(lines, scroll: top).render(in: inside, into: &grid)
        if top + inside.height < lines.count {
            grid.put(" more ↓ ", x: inside.maxX - 8, y: inside.maxY, style: .emphasis)
        }
    }
}
