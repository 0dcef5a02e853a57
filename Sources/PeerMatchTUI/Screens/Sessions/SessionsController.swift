/// The Sessions screen, coming in a later issue: for now it says what it will do.
struct SessionsController: ScreenController {
    var keymaps: [Keymap] { [] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] { [] }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        PlannedScreen.render([
            "Sessions is coming in a later issue.",
            "It will list co-learning sessions, their outcomes and follow-ups due,",
            "and let you log a new session.",
        ], in: context.body, into: &grid)
    }
}
