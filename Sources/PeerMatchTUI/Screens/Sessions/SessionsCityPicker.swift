import PeerMatchCore

/// The city the Sessions list's city filter (`C`) picks from, narrowed as
/// the trainer types: the Match screen's picker (`PairingPickerOverlay`)
/// over every city of the forum. The selected session's cities come first
/// (so `C` Enter is "this pilot"), then the others by name, each with its
/// role and how many sessions it attended.
enum SessionsCityPicker {
    static func overlay(_ state: SessionsState, _ catalog: CityCatalog, tag: String) -> PairingPickerOverlay {
        let data = catalog.data, attended = state.index.attendance()
        let byID = catalog.index.cityPosition
        let first = state.selectedSession?.attendingCities ?? state.selectedPair.map { [$0.pilot, $0.peer] } ?? []
        var seen = Set<String>(), items: [PairingPickerOverlay.Item] = []
        func add(_ id: String) {
            guard seen.insert(id).inserted else { return }
            let city = byID[id].map { data.cities[$0] }
            let n = attended[id] ?? 0
            let sessions = n == 0 ? "no session" : "\(n.grouped) session\(n == 1 ? "" : "s")"
            let role = city.map { "\($0.role.rawValue) · \($0.country) · " } ?? "not in the forum · "
            items.append(.init(value: .city(id), label: city?.name ?? id, detail: role + sessions))
        }
        first.forEach(add)
        // The catalog's name order (folded names), sorted once per load, not per key.
        for i in catalog.order(by: .name) { add(data.cities[Int(i)].id) }
        return PairingPickerOverlay(title: "Sessions of which city? (pilot, peer or member)", tag: tag, all: items)
    }
}
