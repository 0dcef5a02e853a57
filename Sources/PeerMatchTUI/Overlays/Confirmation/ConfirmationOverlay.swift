import PeerMatchCore

/// A yes/no question in a box; the answer's effects were given when it opened.
struct ConfirmationOverlay: OverlayController {
    var question: String
    var detail: String
    var onConfirm: [Effect]
    var onDecline: [Effect] = []

    var keymaps: [Keymap] { [.confirmation] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .confirm: [.closeOverlay] + onConfirm
        case .decline: [.closeOverlay] + onDecline
        default: []
        }
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let yes = Keymap.confirmation.binding(for: .confirm)!.keyLabel
        let no = Keymap.confirmation.binding(for: .decline)!.keyLabel
        let width = min(64, context.screen.width - 4)
        let wrapped = ConfirmationOverlay.wrap(question, width: width - 4) + [""]
            + ConfirmationOverlay.wrap(detail, width: width - 4) + ["", "\(yes): yes    \(no): no"]
        let frame = context.screen.centered(width: width, height: min(wrapped.count + 2, context.screen.height - 2))
        let inside = Box(title: "Confirm").render(in: frame, into: &grid).insetHorizontally(1)
        TextBlock(wrapped.enumerated().map { .init($0.element, $0.offset == 0 ? .emphasis : .plain) }).render(in: inside, into: &grid)
    }

    /// Words to lines of at most `width` cells.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            if line.isEmpty { line = w } else if line.displayWidth + 1 + w.displayWidth <= width { line += " " + w } else {
                lines.append(line)
                line = w
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
