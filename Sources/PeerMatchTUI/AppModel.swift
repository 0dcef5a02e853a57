import PeerMatchCore

/// A view pushed over the Cities screen.
public enum PushedView: Sendable {
    /// One city in full (catalog position).
    case city(Int)
    /// The cities that fit one city (its mentors, for a peer).
    case partners(PartnersState)
}

/// The whole app as a value: state, `handle(_:)` for (state, event) → state,
/// and `render(into:)` for state → cells. No terminal in sight; `App` runs it.
public struct AppModel: Sendable {
    public let catalog: CityCatalog
    public let dataPath: String
    public private(set) var width: Int
    public private(set) var height: Int
    public var screen: ScreenID = .cities
    public var cities: CitiesState
    /// Views over the Cities screen, last on top.
    public var stack: [PushedView] = []
    public var chooser: FilterChooser?
    /// Scroll of the help overlay, when it is open.
    public var helpScroll: Int?
    /// The status line's message (cleared by the next key).
    public var message: String?
    public private(set) var shouldQuit = false
    /// The signal that ended the app, if one did.
    public private(set) var endingSignal: Int32?
    /// Built the first time partners are listed.
    private var scorer: PairScorer?

    public init(data: ForumData, dataPath: String, width: Int, height: Int) {
        self.init(catalog: CityCatalog(data), dataPath: dataPath, width: width, height: height)
    }

    public init(catalog: CityCatalog, dataPath: String, width: Int, height: Int) {
        self.catalog = catalog
        self.dataPath = dataPath
        self.width = width
        self.height = height
        cities = CitiesState(catalog: catalog)
    }

    public var isTooSmall: Bool { width < TooSmallMessage.minimumWidth || height < TooSmallMessage.minimumHeight }
    var screenRect: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    /// Between the title bar and the two status lines.
    var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }

    // MARK: Keymaps in force

    /// The keymaps that apply now, first match wins. Help and hints use the same list.
    public var activeKeymaps: [Keymap] {
        if isTooSmall { return [Keymap("Window too small", [Keymap.global.binding(for: .quit)!])] }
        if helpScroll != nil { return [.help, .navigation] }
        if chooser != nil { return [.chooser, .navigation] }
        guard screen == .cities else { return [.global] }
        switch stack.last {
        case .partners: return [.partners, .navigation, .global]
        case .city: return [.cityDetail, .global]
        case nil: return cities.isTypingSearch ? [.search] : [.cities, .navigation, .global]
        }
    }

    /// The keymaps `?` explains: those in force under the overlay.
    var helpKeymaps: [Keymap] {
        var copy = self
        copy.helpScroll = nil
        copy.chooser = nil
        return copy.activeKeymaps
    }

    // MARK: Events

    public mutating func handle(_ event: InputEvent) {
        switch event {
        case .key(let key): handle(key)
        case .mouse(let mouse): handle(mouse)
        case .resize(let w, let h): resize(width: w, height: h)
        case .terminate(let signal):
            endingSignal = signal
            shouldQuit = true
        }
    }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        cities.cursor.clamp(count: cities.visible.count, visibleRows: citiesVisibleRows)
        if case .partners(var p) = stack.last {
            p.cursor.clamp(count: p.candidates.count, visibleRows: partnersVisibleRows)
            stack[stack.count - 1] = .partners(p)
        }
    }

    mutating func handle(_ key: Key) {
        message = nil
        for keymap in activeKeymaps {
            if let action = keymap.action(for: key) {
                perform(action)
                return
            }
        }
        if !isTooSmall, helpScroll == nil, chooser == nil, screen == .cities, stack.isEmpty, cities.isTypingSearch,
           case .character(let c) = key {
            let before = SearchFolding.fold(cities.filter.search)
            cities.filter.search.append(c)
            // Only rows that matched the shorter query can match the longer
            // one, provided folding kept the old query as a prefix (checked,
            // not assumed: a character typed may combine with the one before).
            let narrowing = SearchFolding.fold(cities.filter.search).hasPrefix(before)
            cities.refilter(catalog, visibleRows: citiesVisibleRows, narrowing: narrowing)
            return
        }
        if !isTooSmall { message = "\(key.label): no action here (? shows the keys)" }
    }

    /// Does what an action names. Tests call this through `press(_:)`.
    public mutating func perform(_ action: Action) {
        switch action {
        case .quit: shouldQuit = true
        case .toggleHelp: helpScroll = helpScroll == nil ? 0 : nil
        case .closeHelp: helpScroll = nil
        case .nextScreen: screen = screen.next
        case .previousScreen: screen = screen.previous
        case .showCities: screen = .cities
        case .showMatch: screen = .match
        case .showPairs: screen = .pairs
        case .showSessions: screen = .sessions
        case .showReports: screen = .reports
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast: move(action)
        case .openCity:
            if let c = cities.selectedCity { stack.append(.city(c)) }
        case .startSearch: cities.isTypingSearch = true
        case .acceptSearch: cities.isTypingSearch = false
        case .cancelSearch, .clearSearch:
            cities.isTypingSearch = false
            cities.filter.search = ""
            cities.refilter(catalog, visibleRows: citiesVisibleRows)
        case .deleteSearchCharacter:
            if !cities.filter.search.isEmpty { cities.filter.search.removeLast() }
            cities.refilter(catalog, visibleRows: citiesVisibleRows)
        case .sortNext:
            cities.sortKey = cities.sortKey.next
            cities.sortDescending = false
            cities.resort(catalog, visibleRows: citiesVisibleRows)
            message = "sorted by \(cities.sortKey.rawValue)"
        case .sortReverse:
            cities.sortDescending.toggle()
            cities.resort(catalog, visibleRows: citiesVisibleRows)
        case .cycleRole:
            cities.filter.role = switch cities.filter.role {
            case nil: .pilot
            case .pilot: .peer
            case .peer: .member
            case .member: nil
            }
            cities.refilter(catalog, visibleRows: citiesVisibleRows)
        case .chooseFilter: chooser = FilterChooser()
        case .clearFilters:
            cities.filter = CityListFilter(search: cities.filter.search)
            cities.refilter(catalog, visibleRows: citiesVisibleRows)
        case .openPartners: openPartners()
        case .back: _ = stack.popLast()
        case .openPartner: openSelectedPartner()
        case .choose: choose()
        case .closeChooser:
            if case .values = chooser?.stage {
                chooser = FilterChooser()
            } else {
                chooser = nil
            }
        }
    }

    private mutating func move(_ action: Action) {
        if let scroll = helpScroll {
            let lines = HelpOverlay.lines(for: helpKeymaps).count
            let page = max(1, HelpOverlay.frame(in: screenRect).height - 2)
            let maxScroll = max(0, lines - page)
            helpScroll = switch action {
            case .moveDown: min(maxScroll, scroll + 1)
            case .moveUp: max(0, scroll - 1)
            case .pageDown: min(maxScroll, scroll + page)
            case .pageUp: max(0, scroll - page)
            case .moveFirst: 0
            default: maxScroll
            }
        } else if var c = chooser {
            let count = c.items(catalog, cities.filter).count
            _ = c.cursor.apply(action, count: count, pageSize: chooserVisibleRows(itemCount: count))
            chooser = c
        } else if case .partners(var p) = stack.last {
            _ = p.cursor.apply(action, count: p.candidates.count, pageSize: partnersVisibleRows)
            stack[stack.count - 1] = .partners(p)
        } else {
            _ = cities.cursor.apply(action, count: cities.visible.count, pageSize: citiesVisibleRows)
        }
    }

    private mutating func openPartners() {
        let position: Int?
        if case .city(let c) = stack.last { position = c } else { position = cities.selectedCity }
        guard let position else {
            message = "no city selected"
            return
        }
        if scorer == nil { scorer = PairScorer(forum: catalog.data.forum, cities: catalog.data.cities) }
        let city = catalog.data.cities[position]
        let candidates = PartnerRanking.candidates(for: city.id, in: catalog.data, scorer: scorer!, index: catalog.index)
        stack.append(.partners(PartnersState(city: position, candidates: candidates)))
    }

    private mutating func openSelectedPartner() {
        guard case .partners(let p) = stack.last, let chosen = p.selected,
              let position = catalog.index.cityPosition[chosen.city.id] else { return }
        stack.removeAll()
        screen = .cities
        cities.reveal(city: position, catalog, visibleRows: citiesVisibleRows)
        let me = catalog.data.cities[p.city]
        message = "\(chosen.city.name): \(chosen.city.role.rawValue) for \(me.name), score \(PartnersScreen.format(chosen.score))"
    }

    private mutating func choose() {
        guard let c = chooser else { return }
        let items = c.items(catalog, cities.filter)
        guard c.cursor.selected < items.count else { return }
        switch items[c.cursor.selected].effect {
        case .open(let d):
            var next = FilterChooser()
            next.stage = .values(d)
            let values = next.items(catalog, cities.filter)
            if let current = FilterChooser.value(of: d, in: cities.filter),
               let i = values.firstIndex(where: { $0.effect == .set(d, current) }) {
                next.cursor.selected = i
                next.cursor.clamp(count: values.count, visibleRows: chooserVisibleRows(itemCount: values.count))
            }
            chooser = next
            return
        case .set(let d, let value):
            switch d {
            case .role: cities.filter.role = value.flatMap(CityRole.init(rawValue:))
            case .area: cities.filter.area = value
            case .region: cities.filter.region = value
            case .network: cities.filter.network = value
            }
        case .clearAll:
            cities.filter = CityListFilter(search: cities.filter.search)
        }
        chooser = nil
        cities.refilter(catalog, visibleRows: citiesVisibleRows)
        message = "\(cities.visible.count.grouped) cities match"
    }

    // MARK: Mouse

    mutating func handle(_ mouse: MouseEvent) {
        guard !isTooSmall, helpScroll == nil else { return }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelUp ? -3 : 3
            if var c = chooser {
                let count = c.items(catalog, cities.filter).count
                c.cursor.scroll(by: delta, count: count, visibleRows: chooserVisibleRows(itemCount: count))
                chooser = c
            } else if case .partners(var p) = stack.last {
                p.cursor.scroll(by: delta, count: p.candidates.count, visibleRows: partnersVisibleRows)
                stack[stack.count - 1] = .partners(p)
            } else if screen == .cities, stack.isEmpty {
                cities.cursor.scroll(by: delta, count: cities.visible.count, visibleRows: citiesVisibleRows)
            }
        case .press:
            if mouse.y == 0 {
                for tab in TitleBar.tabs(width: width)
                where mouse.x >= tab.x && mouse.x < tab.x + tab.width {
                    screen = tab.screen
                }
                return
            }
            if var c = chooser {
                let count = c.items(catalog, cities.filter).count
                let inside = FilterChooser.inside(itemCount: count, in: screenRect)
                if inside.contains(x: mouse.x, y: mouse.y) {
                    let row = mouse.y - inside.y + c.cursor.top
                    if row < count {
                        c.cursor.selected = row
                        chooser = c
                    }
                }
                return
            }
            guard screen == .cities else { return }
            if case .partners(var p) = stack.last {
                let rect = MasterDetailLayout.partners(body: body).table
                let table = Table(columns: [], rowCount: p.candidates.count, cursor: p.cursor) { _ in [] }
                if let row = table.row(atScreenY: mouse.y, in: rect), rect.contains(x: mouse.x, y: mouse.y) {
                    p.cursor.selected = row
                    stack[stack.count - 1] = .partners(p)
                }
            } else if stack.isEmpty {
                let rect = MasterDetailLayout.cities(body: body).table
                let table = CitiesScreen.table(cities, catalog, width: rect.width)
                if let row = table.row(atScreenY: mouse.y, in: rect), rect.contains(x: mouse.x, y: mouse.y) {
                    cities.cursor.selected = row
                }
            }
        }
    }

    func chooserVisibleRows(itemCount: Int) -> Int { FilterChooser.inside(itemCount: itemCount, in: screenRect).height }
    var citiesVisibleRows: Int { Table.visibleRows(in: MasterDetailLayout.cities(body: body).table) }
    var partnersVisibleRows: Int { Table.visibleRows(in: MasterDetailLayout.partners(body: body).table) }

    // MARK: Drawing

    /// Draws the whole screen.
    public func render(into grid: inout Grid) {
        if isTooSmall {
            TooSmallMessage.render(width: grid.width, height: grid.height, into: &grid)
            return
        }
        TitleBar.render(current: screen, forumName: catalog.data.forum.name, width: width, into: &grid)
        switch (screen, stack.last) {
        case (.cities, nil): CitiesScreen.render(cities, catalog, in: body, into: &grid)
        case (.cities, .city(let c)):
            var lines = CityDetail.lines(of: c, catalog, detail: .full)
            lines.insert(.init("City", .heading), at: 0)
            TextBlock(lines).render(in: body.inset(1), into: &grid)
        case (.cities, .partners(let p)): PartnersScreen.render(p, catalog, in: body, into: &grid)
        default: PlannedScreen.render(screen, in: body, into: &grid)
        }
        let (_, status) = screenRect.splitBottom(2)
        let hints = activeKeymaps.flatMap(\.bindings).filter(\.shownInFooter)
        StatusLine.render(info: statusInfo, message: message, hints: hints, in: status, into: &grid)
        if let c = chooser { c.render(catalog, cities.filter, in: screenRect, into: &grid) }
        if let scroll = helpScroll {
            HelpOverlay.render(keymaps: helpKeymaps, scroll: scroll, in: screenRect, into: &grid)
        }
    }

    var statusInfo: String {
        let d = catalog.data
        return "\(dataPath) · \(d.cities.count.grouped) cities · \(catalog.index.activePairs.count.grouped) active pairings · "
            + "\(d.sessions.count.grouped) sessions"
    }

    /// A fresh frame of the current size, drawn.
    public func frame() -> Grid {
        var grid = Grid(width: width, height: height)
        render(into: &grid)
        return grid
    }
}
