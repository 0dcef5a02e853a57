/// The keymaps of the Sessions screen, its log form and the built-in text editor.
extension Keymap {
    public static let sessions = Keymap("Sessions", [
        .init([.character("/")], .startSearch, "search id, cities, format, area, outcome, follow-up", footer: "/ search"),
        .init([.character("n")], .nextMatch, "next match of the search"),
        .init([.character("N")], .previousMatch, "previous match of the search"),
        .init([.escape], .clearSearch, "clear the search"),
        .init([.character("v")], .nextSessionView, "show sessions → open follow-ups → stale pairs", footer: "v view"),
        .init([.character("a")], .logSession, "log a new session", footer: "a log"),
        .init([.character("e"), .enter], .editSession, "edit the selected session", footer: "e edit"),
        .init([.character("d")], .deleteSession, "delete the selected session (asks first)"),
        .init([.character("c")], .toggleFollowUpDone, "mark the follow-up done (again: open)", footer: "c done"),
        .init([.character("p")], .filterToPair, "only the selected pair (again: every pair)"),
        .init([.character("C")], .filterToCity, "only sessions a city attended (pilot, peer or member), picked by search; again: any city"),
        .init([.character("t")], .cycleFormatFilter, "format filter: any → webinar → workshop → …"),
        .init([.character("r")], .cycleRatingFilter, "rating filter: any → 4–5 → 3 → 1–2 → unrated excluded"),
        .init([.character("A")], .cycleAreaFilter, "area filter: any → each interest area of the forum"),
        .init([.character("D")], .chooseDateRange, "date range filter: FROM..TO (either side may be empty)"),
        .init([.character("o")], .toggleOpenFollowUps, "only sessions with an open follow-up"),
        .init([.character("x")], .clearFilters, "clear every filter"),
        .init([.character("+")], .recordGoodFit, "fit check: the selected pair is a good fit"),
        .init([.character("-")], .recordPoorFit, "fit check: not a fit (asks the reason)"),
        .init([.character("L")], .editGoal, "set the pair's learning goal and milestones"),
    ])

    public static let sessionForm = Keymap("Session log form", [
        .init([.tab, .down], .nextField, "next field", footer: "Tab next"),
        .init([.backTab, .up], .previousField, "previous field"),
        .init([.control("n"), .right], .nextChoice, "next choice (pair, format, area)"),
        .init([.control("p"), .left], .previousChoice, "previous choice"),
        .init([.control("e")], .editLongText, "write the outcome or follow-up in $VISUAL/$EDITOR (else built in)",
              footer: "Ctrl-E editor"),
        .init([.enter, .control("s")], .submitForm, "save the session (checks every field)", footer: "Enter save"),
        .init([.escape], .cancelForm, "close the form without saving", footer: "Esc cancel"),
        .init([.backspace, .delete], .deleteFormCharacter, "delete the last character"),
        .init([.control("u")], .clearFormField, "clear the field (e.g. to search another pair)"),
    ])

    public static let multilineEditor = Keymap("Writing long text", [
        .init([.enter], .newLine, "new line"),
        .init([.control("s"), .control("d")], .finishEditing, "keep the text", footer: "Ctrl-S keep"),
        .init([.escape], .cancelEditing, "drop the changes", footer: "Esc cancel"),
        .init([.backspace, .delete], .deleteEditorCharacter, "delete the last character"),
    ])
}
