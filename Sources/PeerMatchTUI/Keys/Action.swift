/// Everything a key can do. Keys reach actions only through a `Keymap`, so
/// help, hints, docs/KEYS.md and tests all name the same thing.
public enum Action: String, CaseIterable, Sendable {
    // Moving in a list
    case moveUp, moveDown, pageUp, pageDown, moveFirst, moveLast
    // Anywhere
    case nextScreen, previousScreen
    case showCities, showMatch, showPairs, showSessions, showReports
    case toggleHelp, quit
    // Cities
    case openCity, startSearch, clearSearch, sortNext, sortReverse, cycleRole, chooseFilter, clearFilters, openPartners
    // City detail and partner lists
    case back, openPartner
    // Typing a search
    case acceptSearch, cancelSearch, deleteSearchCharacter
    // Filter chooser
    case choose, closeChooser
    // Help overlay
    case closeHelp
}
