/// The Reports screen, coming in a later issue: for now it says what it will do.
struct ReportsController: ScreenController {
    var keymaps: [Keymap] { [] }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] { [] }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        PlannedScreen.render([
            "Reports is coming in a later issue.",
            "It will chart sessions per area and per month, coverage of peers,",
            "and export the forum's report as HTML or Markdown.",
        ], in: context.body, into: &grid)
    }
}
