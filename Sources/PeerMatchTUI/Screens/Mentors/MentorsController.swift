import PeerMatchCore

/// The cities that fit one city, ranked: pilots for a peer (its mentors),
/// peers for a pilot. Built with `PartnerRanking`.
struct MentorsController: ScreenController {
    /// Id of the city whose partners are listed.
    var city: String
    var candidates: [PartnerCandidate]
    var cursor = ListCursor()

    init(city: String, _ context: ScreenContext) {
        self.city = city
        let data = context.catalog.data
        let scorer = context.scorer ?? PairScorer(forum: data.forum, cities: data.cities)
        candidates = PartnerRanking.candidates(for: city, in: data, scorer: scorer,
                                               index: context.catalog.index)
    }

    var selected: PartnerCandidate? { candidates.isEmpty ? nil : candidates[cursor.selected] }
    var keymaps: [Keymap] { [.partners, .navigation] }

    static func visibleRows(_ context: ScreenContext) -> Int {
        Table.visibleRows(in: MasterDetailLayout.partners(body: context.body).table)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        switch action {
        case .back: return [.pop]
        case .openPartner:
            guard let chosen = selected, let me = context.catalog.index.cityPosition[city] else { return [] }
            let name = context.catalog.data.cities[me].name
            return [.popToRoot, .deliver(.city(chosen.city.id)),
                    .message("\(chosen.city.name): \(chosen.city.role.rawValue) for \(name), score \(MentorsView.format(chosen.score))")]
        case .toggleRequest:
            guard let chosen = selected else { return [.message("no pilot selected")] }
            let data = context.catalog.data
            guard let me = context.catalog.index.cityPosition[city], data.cities[me].role == .peer else {
                return [.message("a request is made for a peer city: open a peer's mentors")]
            }
            return [.edit(Self.requestEdit(peer: city, toggling: chosen.city.id, in: data))]
        default:
            _ = cursor.apply(action, count: candidates.count, pageSize: MentorsController.visibleRows(context))
            return []
        }
    }

    /// The officer's wish list with `pilot` added at the end (or withdrawn),
    /// as an undoable edit checked by Core (`setRequest`: at most three).
    static func requestEdit(peer: String, toggling pilot: String, in data: ForumData) -> ReversibleEdit {
        var pilots = data.requests.first { $0.peer == peer }?.pilots ?? []
        let withdraw = pilots.contains(pilot)
        if withdraw { pilots.removeAll { $0 == pilot } } else { pilots.append(pilot) }
        let wanted = pilots
        return ReversibleEdit(withdraw ? "withdraw the request of \(peer) for \(pilot)" : "request \(pilot) for \(peer)") { data in
            try data.setRequest(peer: peer, pilots: wanted)
        }
    }

    mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect] {
        let rows = MentorsController.visibleRows(context)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            cursor.scroll(by: mouse.kind == .wheelUp ? -3 : 3, count: candidates.count, visibleRows: rows)
        case .press:
            let rect = MasterDetailLayout.partners(body: context.body).table
            let table = Table(columns: [], rowCount: candidates.count, cursor: cursor) { _ in [] }
            if rect.contains(x: mouse.x, y: mouse.y), let row = table.row(atScreenY: mouse.y, in: rect) { cursor.selected = row }
        }
        return []
    }

    mutating func resize(_ context: ScreenContext) {
        cursor.clamp(count: candidates.count, visibleRows: MentorsController.visibleRows(context))
    }

    /// Ranks again on the new data, keeping the same partner selected.
    mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool {
        guard context.catalog.index.cityPosition[city] != nil else { return false }
        let keep = selected?.city.id
        self = MentorsController(city: city, context)
        if let keep, let i = candidates.firstIndex(where: { $0.city.id == keep }) { cursor.selected = i }
        resize(context)
        return true
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        MentorsView.render(self, context.catalog, in: context.body, into: &grid)
    }
}
