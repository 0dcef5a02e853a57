import PeerMatchCore

/// The small chooser `f` opens: first a filter (role, area, region,
/// network), then its value, each with how many cities have it.
public struct FilterChooser: Hashable, Sendable {
    public enum Stage: Hashable, Sendable {
        case dimensions
        case values(FilterDimension)
    }

    /// One line of the chooser and what choosing it does.
    public struct Item: Hashable, Sendable {
        public enum Effect: Hashable, Sendable {
            case open(FilterDimension)
            case set(FilterDimension, String?)
            case clearAll
        }

        public var label: String
        public var effect: Effect
    }

    public var stage: Stage = .dimensions
    public var cursor = ListCursor()

    public init() {}

    public var title: String {
        switch stage {
        case .dimensions: "Filter cities by"
        case .values(let d): "Filter by \(d.rawValue)"
        }
    }

    func items(_ catalog: CityCatalog, _ filter: CityListFilter) -> [Item] {
        switch stage {
        case .dimensions:
            var items = FilterDimension.allCases.map { d in
                Item(label: "\(d.rawValue.padded(toWidth: 9)) \(FilterChooser.value(of: d, in: filter) ?? "any")",
                     effect: .open(d))
            }
            items.append(Item(label: "clear all filters", effect: .clearAll))
            return items
        case .values(let d):
            let counts = catalog.counts(of: d, within: filter)
            let values: [String] = switch d {
            case .role: CityRole.allCases.map(\.rawValue)
            case .area: catalog.areaIDs
            case .region: catalog.regions
            case .network: catalog.networks
            }
            return [Item(label: "any", effect: .set(d, nil))] + values.map { v in
                Item(label: "\(v)  (\((counts[v] ?? 0).grouped))", effect: .set(d, v))
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

    func render(_ catalog: CityCatalog, _ filter: CityListFilter, in screen: Rect, into grid: inout Grid) {
        let items = items(catalog, filter)
        let inside = Box(title: title).render(in: FilterChooser.frame(itemCount: items.count, in: screen), into: &grid)
        var table = Table(columns: [TableColumn("", width: inside.width)], rowCount: items.count, cursor: cursor) {
            [items[$0].label]
        }
        table.showsHeader = false
        table.render(in: inside, into: &grid)
    }

    /// The inside of the box (where items are), for mouse clicks.
    static func inside(itemCount: Int, in screen: Rect) -> Rect {
        frame(itemCount: itemCount, in: screen).inset(1).insetHorizontally(1)
    }
}
