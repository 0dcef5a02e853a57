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
    case back, openPartner, toggleRequest
    // Reports
    case nextSection, previousSection, drillDown, chooseDateRange, chooseCohort, recomputeReport
    // Typing a search
    case acceptSearch, cancelSearch, deleteSearchCharacter
    // Filter chooser
    case choose, closeChooser
    // Match (the coordinator's workspace)
    case runMatch, switchAlgorithm, acceptProposal, rejectProposal, togglePin, excludePair, pinRequest
    case searchProposals, toggleDiff, commitWorkspace, addPair, swapPeers, repairCity, endCommittedPairing
    /// Match screen filters.
    case cycleMatchAreaFilter, cycleMatchRegionFilter, toggleUnmetRequestsFilter, togglePinnedFilter
    // Picking a city (a pilot, a peer, or any city for a filter)
    case pickCity, cancelPick, deletePickCharacter
    // Pairs
    case cycleStatus, cycleCohort, filterPairsByCity, endPairing
    // Help overlay
    case closeHelp
    // Confirmation overlay
    case confirm, decline
    // Text input overlay
    case acceptText, cancelText, deleteTextCharacter
    // Sessions
    case nextSessionView, logSession, editSession, deleteSession, toggleFollowUpDone
    case filterToPair, filterToCity, cycleFormatFilter, cycleRatingFilter, toggleOpenFollowUps, cycleAreaFilter
    case recordGoodFit, recordPoorFit, editGoal
    // Session log form
    case nextField, previousField, submitForm, cancelForm, deleteFormCharacter, clearFormField, nextChoice, previousChoice
    case editLongText
    // Multi-line text editor
    case finishEditing, cancelEditing, newLine, deleteEditorCharacter
}
