extension Keymap {
    public static let reports = Keymap("Reports", [
        .init([.enter], .drillDown, "the pairs and sessions behind this bar or row", footer: "Enter open"),
        .init([.character("]"), .character("n")], .nextSection, "next section", footer: "] section"),
        .init([.character("["), .character("N")], .previousSection, "previous section"),
        .init([.character("d")], .chooseDateRange, "date range (FROM..TO, either end may be left out)", footer: "d dates"),
        .init([.character("c")], .chooseCohort, "cohort (empty: every cohort)", footer: "c cohort"),
        .init([.character("x")], .clearFilters, "clear the date range and the cohort"),
        .init([.character("r")], .recomputeReport, "compute the report again"),
    ])

    public static let reportDrill = Keymap("Behind a report figure", [
        .init([.escape, .backspace], .back, "back to the report", footer: "Esc back"),
    ])
}
