import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// Presses random actions, types random text and resizes at random; after
/// every step the frame must be well formed. Prints the seed on failure.
@Suite struct RandomWalkTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func framesStayWellFormed(seed: UInt64) {
        var rng = Generator(state: seed)
        var app = AppDriver()
        let texts = ["s", "ão", "深", "पु", "x", "medellin", "é"]
        let sizes = [(80, 24), (60, 16), (59, 16), (200, 50), (120, 30), (30, 8)]
        for step in 0..<400 {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0:
                app.type(texts.randomElement(using: &rng)!)
            case 1:
                let (w, h) = sizes.randomElement(using: &rng)!
                app.resize(width: w, height: h)
            case 2:
                let event = MouseEvent([.press, .wheelUp, .wheelDown].randomElement(using: &rng)!,
                                       x: Int.random(in: 0..<app.model.width, using: &rng),
                                       y: Int.random(in: 0..<app.model.height, using: &rng))
                app.loop.step(&app.model, .mouse(event))
            default:
                // An action bound in the keymaps in force, never quit.
                let bound = app.model.activeKeymaps.flatMap(\.bindings).map(\.action).filter { $0 != .quit }
                if let action = bound.randomElement(using: &rng) { app.press(action) }
            }
            if let problem = problem(in: app) {
                Issue.record("seed \(seed), step \(step): \(problem)\n\(app.screen.screenText)")
                return
            }
        }
    }

    func problem(in app: AppDriver) -> String? {
        let grid = app.screen
        guard grid.width == app.model.width, grid.height == app.model.height else { return "frame size differs from the model" }
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { return "row \(y) col \(x): a continuation cell with no wide character before it" }
                let w = max(1, Int(cell.width))
                if DisplayWidth.of(cell.text) != w && !(cell.text == " " && w == 1) {
                    return "row \(y) col \(x): \(cell.text) is \(DisplayWidth.of(cell.text)) cells, grid says \(w)"
                }
                for k in 1..<w where x + k >= grid.width || !grid[x + k, y].isContinuation {
                    return "row \(y) col \(x): wide character cut"
                }
                x += w
            }
        }
        let cities = app.model.cities
        if !cities.visible.isEmpty && !(0..<cities.visible.count).contains(cities.cursor.selected) {
            return "selection \(cities.cursor.selected) outside \(cities.visible.count) rows"
        }
        return nil
    }
}
