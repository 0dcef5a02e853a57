import PeerMatchCore

/// View state of the Cities screen: filters, sort, search and selection.
/// The rows themselves live in the `CityCatalog`.
public struct CitiesState: Sendable {
    public var filter = CityListFilter()
    public var sortKey: CitySortKey = .name
    public var sortDescending = false
    /// Typing a search right now (`/` pressed, not yet Enter or Esc).
    public var isTypingSearch = false
    /// The search before `/` was pressed, for Esc to put back.
    public var searchBeforeTyping = ""
    /// The kept search is shown selected: the first character typed replaces it.
    public var searchIsSelected = false
    /// Catalog positions shown, in order.
    public private(set) var visible: [Int32] = []
    public var cursor = ListCursor()
    /// The current sort order of every city (filters apply on top).
    private var order: [Int32] = []

    public init(catalog: CityCatalog) {
        order = catalog.order(by: sortKey)
        visible = order
    }

    /// The catalog position of the selected city, if the list is not empty.
    public var selectedCity: Int? { visible.isEmpty ? nil : Int(visible[cursor.selected]) }

    /// Re-sorts (after `sortKey` or `sortDescending` changed), keeping the selected city.
    mutating func resort(_ catalog: CityCatalog, visibleRows: Int) {
        order = catalog.order(by: sortKey)
        if sortDescending { order.reverse() }
        refilter(catalog, visibleRows: visibleRows)
    }

    /// Applies the filter again. When only the search grew longer, only the
    /// rows already shown are searched.
    mutating func refilter(_ catalog: CityCatalog, visibleRows: Int, narrowing: Bool = false) {
        let keep = selectedCity
        visible = catalog.filtered(narrowing ? visible : order, by: filter)
        if let keep, let i = visible.firstIndex(of: Int32(keep)) {
            cursor.selected = i
        } else {
            cursor.selected = 0
            cursor.top = 0
        }
        cursor.clamp(count: visible.count, visibleRows: visibleRows)
    }

    /// Shows `city` selected: drops filters and search that hide it.
    /// Puts the selection on the city with this id, if it is shown.
    mutating func select(cityID: String, _ catalog: CityCatalog, visibleRows: Int) {
        guard let position = catalog.index.cityPosition[cityID],
              let i = visible.firstIndex(of: Int32(position)) else { return }
        cursor.selected = i
        cursor.clamp(count: visible.count, visibleRows: visibleRows)
    }

    mutating func reveal(city: Int, _ catalog: CityCatalog, visibleRows: Int) {
        if !visible.contains(Int32(city)) {
            filter = CityListFilter()
            isTypingSearch = false
            refilter(catalog, visibleRows: visibleRows)
        }
        if let i = visible.firstIndex(of: Int32(city)) {
            cursor.selected = i
            cursor.top = max(0, i - visibleRows / 2)
            cursor.clamp(count: visible.count, visibleRows: visibleRows)
        }
    }
}

