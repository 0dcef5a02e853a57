import PeerMatchCore

extension MatchEdit {
    /// A random edit of the kinds the workspace makes; about a third would be refused.
    public static func random(for session: MatchSession, _ rng: inout SplitMix64) -> MatchEdit {
        let data = session.data
        let pilots = data.cities.filter { $0.role == .pilot }, peers = data.cities.filter { $0.role == .peer }
        func anyPair() -> PairKey {
            // Mostly proposed pairs (what a coordinator acts on), sometimes any pair.
            if let pair = session.result.pairs.randomElement(using: &rng), Bool.random(using: &rng) {
                return PairKey(pilot: pair.pilot, peer: pair.peer)
            }
            return PairKey(pilot: pilots.randomElement(using: &rng)?.id ?? "nobody", peer: peers.randomElement(using: &rng)?.id ?? "nobody")
        }
        let day = Day("2026-06-01")!
        switch Int.random(in: 0..<9, using: &rng) {
        case 0, 1: return .pin(anyPair())
        case 2: return .unpin(data.pins.randomElement(using: &rng) ?? anyPair())
        case 3: return .exclude(anyPair())
        case 4: return .unexclude(data.exclusions.randomElement(using: &rng) ?? anyPair())
        case 5: return .endPairing(data.pairings.filter(\.isActive).randomElement(using: &rng)?.key ?? anyPair(), on: day)
        case 6: return .addPairing(anyPair(), start: day, cohort: "test")
        default:
            guard let city = data.cities.randomElement(using: &rng) else { return .pin(anyPair()) }
            return .setCapacity(city: city.id, to: Bool.random(using: &rng) ? nil : Int.random(in: 0...(city.role == .pilot ? 6 : 2), using: &rng))
        }
    }
}
