import PeerMatchCore

/// A screen not built yet: what it will do, centred.
enum PlannedScreen {
    static func render(_ lines: [String], in body: Rect, into grid: inout Grid) {
        grid.fill(body)
        let top = body.y + max(1, (body.height - lines.count) / 3)
        for (i, line) in lines.enumerated() {
            let text = line.truncated(toWidth: body.width - 2)
            let x = body.x + max(1, (body.width - text.displayWidth) / 2)
            grid.put(text, x: x, y: top + i, style: i == 0 ? .emphasis : .plain)
        }
    }
}
