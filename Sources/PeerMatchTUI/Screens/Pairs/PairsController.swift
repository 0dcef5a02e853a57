/// The Pairs screen, coming in a later issue: for now it says what it will do.
struct PairsController: ScreenController {
    var keymaps: [Keymap] { [] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] { [] }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        PlannedScreen.render([
            "Pairs is coming in a later issue.",
            "It will list active and ended pairings, flag stale ones,",
            "and let you end a pairing or record its cohort.",
        ], in: context.body, into: &grid)
    }
}
