import PeerMatchCore

/// The first frame, drawn while the data folder loads in the background.
enum LoadingMessage {
    static func render(path: String, in body: Rect, into grid: inout Grid) {
        grid.fill(body)
        let text = "loading \(path)…".truncated(toWidth: max(0, body.width - 2))
        grid.put(text, x: body.x + max(0, (body.width - text.displayWidth) / 2), y: body.y + body.height / 3, style: .emphasis)
    }
}
