/// Everything a key can do. Keys reach actions only through a `Keymap`, so
/// help, hints, docs/KEYS.md and tests all name the same thing.
public enum Action: String, CaseIterable, Sendable {
    // Moving in a list
    case moveUp, moveDown, pageUp, pageDown, moveFirst, moveLast
    // Anywhere
    case nextScreen, previousScreen
    case showCities, showMatch, showPairs, showSessions, showReports
    case toggleHelp, quit
    // Edits and data, anywhere
    case undo, redo, save, repaint
    // Background work
    case cancelJob
    // Cities
    case openCity, startSearch, clearSearch, nextMatch, previousMatch, sortNext, sortReverse, cycleRole, chooseFilter
    case clearFilters, openPartners
    // City detail and partner lists
    case back, openPartner
    // Reports
    case nextSection, previousSection, drillDown, chooseDateRange, chooseCohort, recomputeReport
    // Typing a search
    case acceptSearch, cancelSearch, deleteSearchCharacter
    // Filter chooser
    case choose, closeChooser
    // Help overlay
    case closeHelp
    // Confirmation overlay
    case confirm, decline
    // Text input overlay
    case acceptText, cancelText, deleteTextCharacter
}
