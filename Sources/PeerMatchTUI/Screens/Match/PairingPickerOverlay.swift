import PeerMatchCore

/// Picks one committed pairing (to end it) or one city (to re-pair it),
/// narrowed as you type, best candidates first: pairings flagged "not a fit"
/// lead. Same keys as the pair picker; the choice goes to the Match screen
/// as `ShellMessage.result(PairKey or city id, tag:)`.
struct PairingPickerOverlay: OverlayController {
    struct Item: Sendable, Equatable {
        var value: PickedValue
        var label: String
        var detail: String
    }

    enum PickedValue: Sendable, Equatable {
        case pairing(PairKey)
        case city(String)
    }

    var title: String
    var tag: String
    var all: [Item]
    var list = PickerList()

    var keymaps: [Keymap] { [.pairPicker] }

    /// The active pairings of the workspace's draft, flagged ones first, then by pilot.
    static func ending(_ w: Workspace, _ data: ForumData, tag: String) -> PairingPickerOverlay {
        let flags = data.fitFlags(), names = data.cityIndex()
        func name(_ id: String) -> String { names[id].map { data.cities[$0].name } ?? id }
        let items = w.draft().pairings.filter(\.isActive)
            .sorted { a, b in
                if (flags[a.key] != nil) != (flags[b.key] != nil) { return flags[a.key] != nil }
                return (name(a.pilot), a.key) < (name(b.pilot), b.key)
            }
            .map { p in
                Item(value: .pairing(p.key), label: "\(name(p.pilot)) – \(name(p.peer))",
                     detail: "\(flags[p.key] != nil ? "flagged not a fit · " : "")since \(p.start)\(p.cohort.isEmpty ? "" : " · \(p.cohort)")")
            }
        return PairingPickerOverlay(title: "End which committed pairing?", tag: tag, all: items)
    }

    /// Cities of a flagged pairing first, then of pairings ended in this
    /// workspace, then of committed ended pairings (latest first); a city with
    /// an active pairing left is no candidate.
    static func repairing(_ w: Workspace, _ data: ForumData, tag: String) -> PairingPickerOverlay {
        let flags = data.fitFlags(), names = data.cityIndex()
        func name(_ id: String) -> String { names[id].map { data.cities[$0].name } ?? id }
        var seen = Set<String>(), items: [Item] = []
        func add(_ id: String, _ why: String) {
            guard seen.insert(id).inserted else { return }
            items.append(Item(value: .city(id), label: name(id), detail: why))
        }
        for k in flags.keys.sorted() {
            add(k.pilot, "in \(k), flagged not a fit")
            add(k.peer, "in \(k), flagged not a fit")
        }
        let draft = w.draft()
        let active = Set(draft.pairings.filter(\.isActive).flatMap { [$0.pilot, $0.peer] })
        for k in w.endings.keys.sorted() {
            for id in [k.pilot, k.peer] where !active.contains(id) { add(id, "\(k) ended in the workspace") }
        }
        for p in data.pairings.filter({ !$0.isActive }).sorted(by: { ($0.end ?? $0.start) > ($1.end ?? $1.start) }) {
            for id in [p.pilot, p.peer] where !active.contains(id) {
                add(id, "\(p.key) ended\(p.end.map { " \($0)" } ?? "")")
            }
        }
        return PairingPickerOverlay(title: "Re-pair which city?", tag: tag, all: items)
    }

    func items() -> [Item] {
        let needle = list.search.lowercased()
        guard !needle.isEmpty else { return all }
        return all.filter { item in
            let ids: [String] = switch item.value {
            case .pairing(let k): [k.pilot, k.peer]
            case .city(let id): [id]
            }
            return item.label.lowercased().contains(needle) || ids.contains { $0.contains(needle) }
        }
    }


    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let items = items()
        switch action {
        case .pickCity:
            guard !items.isEmpty else { return [] }
            let chosen = items[min(list.cursor.selected, items.count - 1)].value
            let value: any Sendable = switch chosen {
            case .pairing(let k): k
            case .city(let id): id
            }
            return [.closeOverlay, .deliver(.result(value, tag: tag))]
        case .cancelPick:
            return [.closeOverlay]
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
        let items = items()
        list.render(title: title, count: items.count, labelWidth: { min(34, $0 / 2) },
                    row: { [items[$0].label, items[$0].detail] }, in: PickerList.frame(context.screen), into: &grid)
    }
}
