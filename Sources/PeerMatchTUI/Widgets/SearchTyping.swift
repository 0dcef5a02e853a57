/// Typing a list's search after `/`, the same on every screen that searches:
/// Enter keeps it, Esc puts back the search from before `/`, and a kept
/// search is shown selected, so the first character typed replaces it.
/// The screen refilters its list after each change.
protocol SearchTyping {
    /// Typing a search right now (`/` pressed, not yet Enter or Esc).
    var isTypingSearch: Bool { get set }
    /// The search before `/` was pressed, for Esc to put back.
    var searchBeforeTyping: String { get set }
    /// The kept search is shown selected: the first character typed replaces it.
    var searchIsSelected: Bool { get set }
    /// The search itself (held in the screen's filter).
    var searchText: String { get set }
}

extension SearchTyping {
    mutating func startSearch() {
        searchBeforeTyping = searchText
        searchIsSelected = !searchText.isEmpty
        isTypingSearch = true
    }

    mutating func acceptSearch() {
        isTypingSearch = false
        searchIsSelected = false
    }

    mutating func cancelSearch() {
        isTypingSearch = false
        searchIsSelected = false
        searchText = searchBeforeTyping
    }

    /// Backspace: drops the kept search when it is shown selected, else its last character.
    mutating func deleteSearchCharacter() {
        if searchIsSelected {
            searchText = ""
            searchIsSelected = false
        } else if !searchText.isEmpty {
            searchText.removeLast()
        }
    }

    /// Before a character typed: drops the kept search if it is shown
    /// selected. True when it did (the search starts afresh).
    @discardableResult
    mutating func replaceSelectedSearch() -> Bool {
        guard searchIsSelected else { return false }
        searchText = ""
        searchIsSelected = false
        return true
    }
}

extension CitiesState: SearchTyping {
    var searchText: String {
        get { filter.search }
        set { filter.search = newValue }
    }
}

extension SessionsState: SearchTyping {
    var searchText: String {
        get { filter.search }
        set { filter.search = newValue }
    }
}
