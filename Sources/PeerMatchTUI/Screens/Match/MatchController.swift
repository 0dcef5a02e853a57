/// The Match screen, coming in a later issue: for now it says what it will do.
struct MatchController: ScreenController {
    var keymaps: [Keymap] { [] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] { [] }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        PlannedScreen.render([
            "Match is coming in a later issue.",
            "It will propose pilot–peer pairs with the optimal or the stable engine,",
            "show why each pair fits, and let you accept, pin or exclude them.",
            "Meanwhile: `peermatch match` on the command line, or `\(Keymap.keyName(.openPartners, in: .cities))` on a city here.",
        ], in: context.body, into: &grid)
    }
}
