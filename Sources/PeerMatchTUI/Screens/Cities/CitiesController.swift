import PeerMatchCore

/// The Cities screen: search, filter and sort every city; open one, or the
/// cities that fit it.
struct CitiesController: ScreenController {
    var state: CitiesState

    init(_ context: ScreenContext) { state = CitiesState(catalog: context.catalog) }

    var keymaps: [Keymap] { state.isTypingSearch ? [.search] : [.cities, .navigation] }
    var takesShellKeys: Bool { !state.isTypingSearch }

    static func visibleRows(_ context: ScreenContext) -> Int {
        Table.visibleRows(in: MasterDetailLayout.cities(body: context.body).table)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let catalog = context.catalog, rows = CitiesController.visibleRows(context)
        switch action {
        case .openCity:
            if let c = state.selectedCity { return [.push(CityController(city: catalog.data.cities[c].id, context))] }
        case .openPartners:
            guard let c = state.selectedCity else { return [.message("no city selected")] }
            return [.push(MentorsController(city: catalog.data.cities[c].id, context))]
        case .startSearch:
            state.startSearch()
        case .acceptSearch:
            state.acceptSearch()
        case .cancelSearch:
            state.cancelSearch()
            state.refilter(catalog, visibleRows: rows)
        case .clearSearch:
            state.filter.search = ""
            state.refilter(catalog, visibleRows: rows)
        case .deleteSearchCharacter:
            state.deleteSearchCharacter()
            state.refilter(catalog, visibleRows: rows)
        case .nextMatch, .previousMatch:
            guard !state.filter.search.isEmpty else {
                return [.message("no search to step through: \(Keymap.keyName(.startSearch, in: .cities)) starts one")]
            }
            guard !state.visible.isEmpty else { return [.message("no city matches /\(state.filter.search)")] }
            let n = state.visible.count
            state.cursor.selected = (state.cursor.selected + (action == .nextMatch ? 1 : n - 1)) % n
            state.cursor.clamp(count: n, visibleRows: rows)
            return [.message("match \(state.cursor.selected + 1) of \(n.grouped)")]
        case .sortNext:
            state.sortKey = state.sortKey.next
            state.sortDescending = false
            state.resort(catalog, visibleRows: rows)
            return [.message("sorted by \(state.sortKey.rawValue)")]
        case .sortReverse:
            state.sortDescending.toggle()
            state.resort(catalog, visibleRows: rows)
        case .cycleRole:
            state.filter.role = switch state.filter.role {
            case nil: .pilot
            case .pilot: .peer
            case .peer: .member
            case .member: nil
            }
            state.refilter(catalog, visibleRows: rows)
        case .chooseFilter: return [.openOverlay(FilterChooserOverlay(filter: state.filter))]
        case .clearFilters:
            state.filter = CityListFilter(search: state.filter.search)
            state.refilter(catalog, visibleRows: rows)
        default:
            _ = state.cursor.apply(action, count: state.visible.count, pageSize: rows)
        }
        return []
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard state.isTypingSearch, case .character(let c) = key else { return nil }
        // Typing replaces the kept search, shown selected; else it narrows it.
        var narrowing = !state.replaceSelectedSearch()
        let before = SearchFolding.fold(state.filter.search)
        state.filter.search.append(c)
        // Only rows that matched the shorter query can match the longer
        // one, provided folding kept the old query as a prefix (checked,
        // not assumed: a character typed may combine with the one before).
        narrowing = narrowing && SearchFolding.fold(state.filter.search).hasPrefix(before)
        state.refilter(context.catalog, visibleRows: CitiesController.visibleRows(context), narrowing: narrowing)
        return []
    }

    mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect] {
        let rows = CitiesController.visibleRows(context)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            state.cursor.scroll(by: mouse.kind == .wheelUp ? -3 : 3, count: state.visible.count, visibleRows: rows)
        case .press:
            let rect = MasterDetailLayout.cities(body: context.body).table
            guard rect.contains(x: mouse.x, y: mouse.y) else { return [] }
            if mouse.y == rect.y { return sortByColumn(atX: mouse.x - rect.x, context) }
            let table = CitiesView.table(state, context.catalog, width: rect.width)
            if let row = table.row(atScreenY: mouse.y, in: rect) { state.cursor.selected = row }
        }
        return []
    }

    /// A click on a column title sorts by that column; on the sorted one, reverses.
    private mutating func sortByColumn(atX x: Int, _ context: ScreenContext) -> [Effect] {
        let rect = MasterDetailLayout.cities(body: context.body).table
        var left = 0
        for column in CitiesView.columns(width: rect.width) {
            defer { left += column.width + Table.gap }
            guard x >= left, x < left + column.width else { continue }
            guard let key = CitySortKey(columnHeader: column.title) else {
                return [.message("the \(column.title) column does not sort")]
            }
            if key == state.sortKey {
                state.sortDescending.toggle()
            } else {
                state.sortKey = key
                state.sortDescending = false
            }
            state.resort(context.catalog, visibleRows: CitiesController.visibleRows(context))
            return [.message("sorted by \(key.rawValue)\(state.sortDescending ? "↓" : "↑")")]
        }
        return []
    }

    mutating func resize(_ context: ScreenContext) {
        state.cursor.clamp(count: state.visible.count, visibleRows: CitiesController.visibleRows(context))
    }

    mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool {
        let keep = state.selectedCity.map { old.data.cities[$0].id }
        let rows = CitiesController.visibleRows(context)
        state.resort(context.catalog, visibleRows: rows)
        if let keep { state.select(cityID: keep, context.catalog, visibleRows: rows) }
        return true
    }

    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] {
        switch message {
        case .filter(let f):
            state.filter = f
            state.refilter(context.catalog, visibleRows: CitiesController.visibleRows(context))
            return [.message("\(state.visible.count.grouped) cities match")]
        case .city(let id):
            guard let position = context.catalog.index.cityPosition[id] else { return [] }
            state.reveal(city: position, context.catalog, visibleRows: CitiesController.visibleRows(context))
            return []
        default: return []
        }
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        CitiesView.render(state, context.catalog, in: context.body, into: &grid)
    }
}
