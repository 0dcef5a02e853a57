import PeerMatchCore

/// Picks a manual pair: first a pilot, then a peer, each narrowed as you type;
/// the peers come best fit first with why (`Workspace.partnerSuggestions`).
/// The pair goes to the Match screen as `ShellMessage.result(PairKey, tag:)`.
struct PairPickerOverlay: OverlayController {
    struct Item: Sendable, Equatable {
        var id: String
        var label: String
        var detail: String
    }

    var search = ""
    var cursor = ListCursor()
    /// Chosen in the first step; nil while picking it.
    var pilot: String?
    /// Best fit first; computed once when the pilot is taken.
    var peers: [Item] = []

    static let tag = "match-add"
    var keymaps: [Keymap] { [.pairPicker] }

    func items(_ context: ScreenContext) -> [Item] {
        let all: [Item]
        if pilot == nil {
            let data = context.catalog.data, index = context.catalog.index
            all = data.cities.filter { $0.role == .pilot }.sorted { $0.name < $1.name }.map {
                Item(id: $0.id, label: $0.name, detail: "\(index.capacityLeft(of: $0).grouped) left · \($0.country)")
            }
        } else {
            all = peers
        }
        let needle = search.lowercased()
        return needle.isEmpty ? all : all.filter { $0.label.lowercased().contains(needle) || $0.id.contains(needle) }
    }

    static func frame(_ context: ScreenContext) -> Rect {
        context.screen.centered(width: min(76, context.screen.width - 2), height: min(18, context.screen.height - 2))
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let items = items(context)
        switch action {
        case .pickCity:
            guard !items.isEmpty else { return [] }
            let chosen = items[min(cursor.selected, items.count - 1)]
            guard let pilot else {
                self.pilot = chosen.id
                peers = context.workspace.partnerSuggestions(for: chosen.id).map {
                    Item(id: $0.city.id, label: $0.city.name,
                         detail: "\($0.score.formatted) · \($0.isFull ? "full" : "\($0.capacityLeft.grouped) left") · \($0.explanation.summary)")
                }
                // Then every other peer, for a pair only an override allows.
                let suggested = Set(peers.map(\.id))
                peers += context.catalog.data.cities.filter { $0.role == .peer && !suggested.contains($0.id) }
                    .sorted { $0.name < $1.name }
                    .map { Item(id: $0.id, label: $0.name, detail: "not a fit: no shared area, excluded or already paired") }
                search = ""
                cursor = ListCursor()
                return []
            }
            return [.closeOverlay, .deliver(.result(PairKey(pilot: pilot, peer: chosen.id), tag: Self.tag))]
        case .cancelPick:
            guard pilot != nil else { return [.closeOverlay] }
            pilot = nil
            search = ""
            cursor = ListCursor()
        case .deletePickCharacter:
            if !search.isEmpty { search.removeLast() }
            cursor = ListCursor()
        default:
            _ = cursor.apply(action, count: items.count, pageSize: max(1, Self.frame(context).height - 4))
        }
        return []
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .character(let c) = key else { return nil }
        search.append(c)
        cursor = ListCursor()
        return []
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let title = pilot.map { "Peer for \($0) — best fit first" } ?? "Pilot for a new pair"
        let inside = Box(title: title).render(in: Self.frame(context), into: &grid).insetHorizontally(1)
        guard inside.height > 2 else { return }
        grid.fill(inside)
        let items = items(context)
        grid.put("search: \(search)▏".truncated(toWidth: inside.width), x: inside.x, y: inside.y, style: .emphasis)
        let list = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        var cursor = cursor
        cursor.clamp(count: items.count, visibleRows: list.height)
        let name = min(24, inside.width / 3)
        var table = Table(columns: [TableColumn("", width: name), TableColumn("", width: max(0, inside.width - name - Table.gap))],
                          rowCount: items.count, cursor: cursor) { [items[$0].label, items[$0].detail] }
        table.showsHeader = false
        table.emptyText = "nothing matches"
        table.render(in: list, into: &grid)
    }
}
