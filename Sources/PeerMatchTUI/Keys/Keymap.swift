/// One key binding: the keys, the action, what it does, and whether the
/// status line shows it as a hint. Defined once; help, hints and docs read it.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var description: String
    /// A short label for the footer, when it differs from the description.
    public var footerLabel: String?

    public init(_ keys: [Key], _ action: Action, _ description: String, footer: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        footerLabel = footer
    }

    public var shownInFooter: Bool { footerLabel != nil }

    /// The keys as help shows them: `↓ / j`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " / ") }
}

/// The bindings of one screen or mode.
public struct Keymap: Hashable, Sendable {
    public var title: String
    public var bindings: [KeyBinding]

    public init(_ title: String, _ bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public func binding(for action: Action) -> KeyBinding? {
        bindings.first { $0.action == action }
    }
}

extension Keymap {
    public static let navigation = Keymap("Moving in a list", [
        .init([.down, .character("j")], .moveDown, "next row", footer: "↓↑ move"),
        .init([.up, .character("k")], .moveUp, "previous row"),
        .init([.pageDown, .control("d")], .pageDown, "next page"),
        .init([.pageUp, .control("u")], .pageUp, "previous page"),
        .init([.home, .character("g")], .moveFirst, "first row"),
        .init([.end, .character("G")], .moveLast, "last row"),
    ])

    public static let global = Keymap("Anywhere", [
        .init([.tab, .character("l"), .right], .nextScreen, "next screen"),
        .init([.backTab, .character("h"), .left], .previousScreen, "previous screen"),
        .init([.character("1")], .showCities, "Cities screen"),
        .init([.character("2")], .showMatch, "Match screen"),
        .init([.character("3")], .showPairs, "Pairs screen"),
        .init([.character("4")], .showSessions, "Sessions screen"),
        .init([.character("5")], .showReports, "Reports screen"),
        .init([.character("?")], .toggleHelp, "show or hide this help", footer: "? help"),
        .init([.character("q")], .quit, "quit (also Ctrl-C)", footer: "q quit"),
    ])

    public static let edits = Keymap("Edits and data, anywhere", [
        .init([.character("u")], .undo, "undo the last unsaved edit"),
        .init([.control("r")], .redo, "redo what was undone"),
        .init([.character("w")], .save, "save the edits to the data folder"),
        .init([.control("l")], .repaint, "repaint the whole screen"),
    ])

    public static let job = Keymap("While work runs in the background", [
        .init([.escape], .cancelJob, "cancel it", footer: "Esc cancel"),
    ])

    public static let cities = Keymap("Cities", [
        .init([.character("/")], .startSearch, "search name, id or country; again: a new search", footer: "/ search"),
        .init([.character("n")], .nextMatch, "next match of the search"),
        .init([.character("N")], .previousMatch, "previous match of the search"),
        .init([.character("m")], .openPartners, "pilots that fit this peer (peers, for a pilot)", footer: "m mentors"),
        .init([.enter], .openCity, "open the city in full", footer: "Enter open"),
        .init([.character("f")], .chooseFilter, "filter by role, area, region or network", footer: "f filter"),
        .init([.character("r")], .cycleRole, "role filter: any → pilot → peer → member"),
        .init([.character("x")], .clearFilters, "clear every filter"),
        .init([.escape], .clearSearch, "clear the search"),
        .init([.character("s")], .sortNext, "sort by the next column", footer: "s sort"),
        .init([.character("S")], .sortReverse, "reverse the sort"),
    ])

    public static let cityDetail = Keymap("City", [
        .init([.character("m")], .openPartners, "pilots that fit this peer (peers, for a pilot)", footer: "m mentors"),
        .init([.escape, .backspace], .back, "back to the list", footer: "Esc back"),
    ])

    public static let partners = Keymap("Mentors (fitting partners)", [
        .init([.enter], .openPartner, "open this city in the Cities screen", footer: "Enter open"),
        .init([.character("*")], .toggleRequest, "request this pilot for the peer (up to 3, ranked as marked); again: withdraw"),
        .init([.escape, .backspace], .back, "back", footer: "Esc back"),
    ])

    public static let match = Keymap("Match (the coordinator's workspace)", [
        .init([.character("r")], .runMatch, "run the match on the capacity left (keeps pins and exclusions)", footer: "r run"),
        .init([.character("o")], .switchAlgorithm, "switch between the optimal and the stable engine"),
        .init([.character("a")], .acceptProposal, "accept this proposal: it stays in later runs", footer: "a accept"),
        .init([.character("X")], .rejectProposal, "reject this proposal: never proposed again here"),
        .init([.character("p")], .togglePin, "pin this pair (every run keeps it); again: unpin", footer: "p pin"),
        .init([.character("e")], .excludePair, "exclude this pair from every run, with a note"),
        .init([.character("R")], .pinRequest, "pin the best request of this peer's city officer"),
        .init([.character("+")], .addPair, "add a pair by hand: pick a pilot, then a peer (best fits first)", footer: "+ pair"),
        .init([.character("s")], .swapPeers, "mark this pair to swap peers; on a second pair: swap"),
        .init([.character("C")], .repairCity, "re-pair a city whose pairing ended or is flagged: pick it, then its best partner"),
        .init([.character("E")], .endCommittedPairing, "end a committed pairing in the workspace (pick it; flagged ones first)"),
        .init([.character("/")], .searchProposals, "show only pairs whose pilot or peer matches a text"),
        .init([.character("A")], .cycleMatchAreaFilter, "area filter: any → each shared area the pairs have"),
        .init([.character("M")], .cycleMatchRegionFilter, "region filter (pilot's or peer's): any → each region"),
        .init([.character("U")], .toggleUnmetRequestsFilter, "only peers that asked for pilots and got none"),
        .init([.character("P")], .togglePinnedFilter, "only pinned pairs"),
        .init([.character("x")], .clearFilters, "clear the filters (the search stays)"),
        .init([.character("d")], .toggleDiff, "show what a commit would change (or the pair again)"),
        .init([.character("c")], .commitWorkspace, "commit: write the pairs with a cohort label", footer: "c commit"),
    ])

    public static let pairs = Keymap("Pairs (committed pairings)", [
        .init([.character("t")], .cycleStatus, "show active, ended or all pairings", footer: "t status"),
        .init([.character("c")], .cycleCohort, "show one cohort after another, then all", footer: "c cohort"),
        .init([.character("/")], .filterPairsByCity, "show only pairings of cities matching a text", footer: "/ city"),
        .init([.character("E")], .endPairing, "end this pairing today (an edit: w saves, u undoes)", footer: "E end"),
    ])

    public static let pairPicker = Keymap("Picking a city (type to search)", [
        .init([.enter], .pickCity, "take the selected city", footer: "Enter take"),
        .init([.escape], .cancelPick, "back to the pilots / close", footer: "Esc back"),
        .init([.backspace, .delete], .deletePickCharacter, "delete the last character of the search"),
        .init([.down], .moveDown, "next row"),
        .init([.up], .moveUp, "previous row"),
        .init([.pageDown], .pageDown, "next page"),
        .init([.pageUp], .pageUp, "previous page"),
    ])

    public static let search = Keymap("Typing a search", [
        .init([.enter], .acceptSearch, "keep the search and go back to the list", footer: "Enter keep"),
        .init([.escape], .cancelSearch, "go back to the search before", footer: "Esc cancel"),
        .init([.backspace, .delete], .deleteSearchCharacter, "delete the last character"),
        .init([.down], .moveDown, "next row"),
        .init([.up], .moveUp, "previous row"),
        .init([.pageDown], .pageDown, "next page"),
        .init([.pageUp], .pageUp, "previous page"),
    ])

    public static let chooser = Keymap("Filter chooser", [
        .init([.enter, .character(" ")], .choose, "choose", footer: "Enter choose"),
        .init([.escape, .character("f")], .closeChooser, "go back one step / close", footer: "Esc back"),
    ])

    public static let help = Keymap("Help", [
        .init([.escape, .character("?"), .character("q")], .closeHelp, "close the help", footer: "Esc close"),
    ])

    public static let confirmation = Keymap("Confirmation", [
        .init([.character("y"), .enter], .confirm, "yes", footer: "y yes"),
        .init([.character("n"), .escape], .decline, "no", footer: "n no"),
    ])

    public static let textInput = Keymap("Typing text", [
        .init([.enter], .acceptText, "accept", footer: "Enter accept"),
        .init([.escape], .cancelText, "cancel", footer: "Esc cancel"),
        .init([.backspace, .delete], .deleteTextCharacter, "delete the last character"),
    ])

    /// Every keymap, in the order help and docs/KEYS.md list them.
    public static let all: [Keymap] = [global, edits, job, navigation, cities, cityDetail, partners, match, pairPicker, pairs, sessions,
                                       sessionForm, multilineEditor, reports, reportDrill, search, chooser, help, confirmation, textInput]

    /// The keys of a binding as hints write them: `Esc`, `q`.
    public static func keyName(_ action: Action, in keymap: Keymap) -> String {
        keymap.binding(for: action)?.keys.first?.label ?? "?"
    }
}
