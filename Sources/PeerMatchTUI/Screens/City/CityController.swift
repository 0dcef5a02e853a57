import PeerMatchCore

/// One city in full: its detail, pairing history and recent sessions.
struct CityController: ScreenController {
    /// The city's id (positions change when the data does).
    var city: String
    var scroll = 0
    /// Worked out once (the sessions are scanned), again when the data changes.
    private var lines: [TextBlock.Line] = []

    init(city: String, _ context: ScreenContext) {
        self.city = city
        lines = CityController.lines(of: city, context)
    }

    var keymaps: [Keymap] { [.cityDetail, .navigation] }

    static func lines(of city: String, _ context: ScreenContext) -> [TextBlock.Line] {
        guard let position = context.catalog.index.cityPosition[city] else { return [] }
        return [.init("City", .heading)] + CityDetail.lines(of: position, context.catalog, detail: .full)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .back: return [.pop]
        case .openPartners: return [.push(MentorsController(city: city, context))]
        default:
            let page = max(1, context.body.inset(1).height)
            let maxScroll = max(0, lines.count - page)
            scroll = switch action {
            case .moveDown: min(maxScroll, scroll + 1)
            case .moveUp: max(0, scroll - 1)
            case .pageDown: min(maxScroll, scroll + page - 1)
            case .pageUp: max(0, scroll - page + 1)
            case .moveFirst: 0
            case .moveLast: maxScroll
            default: scroll
            }
            return []
        }
    }

    mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool {
        lines = CityController.lines(of: city, context)
        return context.catalog.index.cityPosition[city] != nil
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        TextBlock(lines, scroll: scroll).render(in: context.body.inset(1), into: &grid)
    }
}
