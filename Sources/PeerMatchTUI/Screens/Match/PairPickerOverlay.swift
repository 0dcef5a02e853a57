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

    var list = PickerList()
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
        let needle = list.search.lowercased()
        return needle.isEmpty ? all : all.filter { $0.label.lowercased().contains(needle) || $0.id.contains(needle) }
    }


    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let items = items(context)
        switch action {
        case .pickCity:
            guard !items.isEmpty else { return [] }
            let chosen = items[min(list.cursor.selected, items.count - 1)]
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
                list.clear()
                return []
            }
            return [.closeOverlay, .deliver(.result(PairKey(pilot: pilot, peer: chosen.id), tag: Self.tag))]
        case .cancelPick:
            guard pilot != nil else { return [.closeOverlay] }
            pilot = nil
            list.clear()
        case .deletePickCharacter:
            list.deleteLast()
        default:
            _ = list.cursor.apply(action, count: items.count, pageSize: max(1, PickerList.frame(context.screen).height - 4))
        }
        return []
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        list.type(key) ? [] : nil
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let items = items(context)
        list.render(title: pilot.map { "Peer for \($0) — best fit first" } ?? "Pilot for a new pair", count: items.count,
                    labelWidth: { min(24, $0 / 3) }, row: { [items[$0].label, items[$0].detail] },
                    in: PickerList.frame(context.screen), into: &grid)
    }
}
