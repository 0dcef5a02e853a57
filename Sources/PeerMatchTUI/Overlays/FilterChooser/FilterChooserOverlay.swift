import PeerMatchCore

/// The small chooser `f` opens: first a filter (role, area, region,
/// network), then its value, each with how many cities have it. Its choice
/// goes to the screen under it as `ShellMessage.filter`.
struct FilterChooserOverlay: OverlayController {
    enum Stage: Hashable, Sendable {
        case dimensions
        case values(FilterDimension)
    }

    /// One line of the chooser and what choosing it does.
    struct Item: Hashable, Sendable {
        enum Choice: Hashable, Sendable {
            case open(FilterDimension)
            case set(FilterDimension, String?)
            case clearAll
        }

        var label: String
        var choice: Choice
    }

    /// The filter of the screen that opened the chooser.
    var filter: CityListFilter
    var stage: Stage = .dimensions
    var cursor = ListCursor()

    init(filter: CityListFilter) { self.filter = filter }

    var keymaps: [Keymap] { [.chooser, .navigation] }

    var title: String {
        switch stage {
        case .dimensions: "Filter cities by"
        case .values(let d): "Filter by \(d.rawValue)"
        }
    }

    func items(_ catalog: CityCatalog) -> [Item] {
        switch stage {
        case .dimensions:
            var items = FilterDimension.allCases.map { d in
                Item(label: "\(d.rawValue.padded(toWidth: 9)) \(FilterChooserOverlay.value(of: d, in: filter) ?? "any")",
                     choice: .open(d))
            }
            items.append(Item(label: "clear all filters", choice: .clearAll))
            return items
        case .values(let d):
            let counts = catalog.counts(of: d, within: filter)
            let values: [String] = switch d {
            case .role: CityRole.allCases.map(\.rawValue)
            case .area: catalog.areaIDs
            case .region: catalog.regions
            case .network: catalog.networks
            }
            return [Item(label: "any", choice: .set(d, nil))] + values.map { v in
                Item(label: "\(v)  (\((counts[v] ?? 0).grouped))", choice: .set(d, v))
            }
        }
    }

    static func value(of d: FilterDimension, in f: CityListFilter) -> String? {
        switch d {
        case .role: f.role?.rawValue
        case .area: f.area
        case .region: f.region
        case .network: f.network
        }
    }

    /// The box the chooser takes on a screen of this size.
    static func frame(itemCount: Int, in screen: Rect) -> Rect {
        screen.centered(width: min(56, screen.width - 4), height: min(itemCount + 2, screen.height - 4))
    }

    /// The inside of the box (where items are), for mouse clicks.
    static func inside(itemCount: Int, in screen: Rect) -> Rect {
        frame(itemCount: itemCount, in: screen).inset(1).insetHorizontally(1)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let items = items(context.catalog)
        let rows = FilterChooserOverlay.inside(itemCount: items.count, in: context.screen).height
        switch action {
        case .choose: return choose(items, context)
        case .closeChooser:
            guard case .values = stage else { return [.closeOverlay] }
            stage = .dimensions
            cursor = ListCursor()
            return []
        default:
            _ = cursor.apply(action, count: items.count, pageSize: rows)
            return []
        }
    }

    private mutating func choose(_ items: [Item], _ context: ScreenContext) -> [Effect] {
        guard cursor.selected < items.count else { return [] }
        var chosen = filter
        switch items[cursor.selected].choice {
        case .open(let d):
            stage = .values(d)
            cursor = ListCursor()
            let values = self.items(context.catalog)
            if let current = FilterChooserOverlay.value(of: d, in: filter),
               let i = values.firstIndex(where: { $0.choice == .set(d, current) }) {
                cursor.selected = i
                cursor.clamp(count: values.count,
                             visibleRows: FilterChooserOverlay.inside(itemCount: values.count, in: context.screen).height)
            }
            return []
        case .set(let d, let value):
            switch d {
            case .role: chosen.role = value.flatMap(CityRole.init(rawValue:))
            case .area: chosen.area = value
            case .region: chosen.region = value
            case .network: chosen.network = value
            }
        case .clearAll:
            chosen = CityListFilter(search: filter.search)
        }
        return [.closeOverlay, .deliver(.filter(chosen))]
    }

    mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect] {
        let count = items(context.catalog).count
        let inside = FilterChooserOverlay.inside(itemCount: count, in: context.screen)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            cursor.scroll(by: mouse.kind == .wheelUp ? -3 : 3, count: count, visibleRows: inside.height)
        case .press:
            let row = mouse.y - inside.y + cursor.top
            if inside.contains(x: mouse.x, y: mouse.y), row < count { cursor.selected = row }
        }
        return []
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let items = items(context.catalog)
        let inside = Box(title: title).render(in: FilterChooserOverlay.frame(itemCount: items.count, in: context.screen), into: &grid)
        var table = Table(columns: [TableColumn("", width: inside.width)], rowCount: items.count, cursor: cursor) {
            [items[$0].label]
        }
        table.showsHeader = false
        table.render(in: inside, into: &grid)
    }
}
