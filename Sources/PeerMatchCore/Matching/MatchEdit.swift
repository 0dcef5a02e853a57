/// One change a coordinator makes while matching (the workspace's actions),
/// applied by `MatchSession.apply`. Pairs are named by city ids.
public enum MatchEdit: Hashable, Sendable {
    /// The pair must appear in the result.
    case pin(PairKey)
    case unpin(PairKey)
    /// The pair may never be proposed.
    case exclude(PairKey)
    case unexclude(PairKey)
    /// The active pairing of this pair ends on the day: both cities get the capacity back.
    case endPairing(PairKey, on: Day)
    /// A new active pairing (a pin on the pair, if any, is used up by it).
    case addPairing(PairKey, start: Day, cohort: String)
    /// A city's capacity (nil: its role's default).
    case setCapacity(city: String, to: Int?)

    /// `data` with the edit made, or a `MatchEditError` naming why the rules
    /// forbid it. Pins are checked afterwards by `MatchProblem` (a `MatchError`).
    /// O(cities + pairings + pins + exclusions).
    func applied(to data: ForumData, index: [String: Int]? = nil) throws -> ForumData {
        var data = data
        let index = index ?? data.cityIndex()
        func city(_ id: String, _ role: CityRole) throws -> City {
            guard let k = index[id] else {
                throw MatchEditError.unknownCity(id: id, suggestions: Suggestions.closest(to: id, in: data.cities.lazy.map(\.id)))
            }
            let c = data.cities[k]
            if c.role != role { throw MatchEditError.wrongRole(city: id, expected: role, actual: c.role) }
            return c
        }
        /// Partners a city has from active pairings and pins, leaving out `except`.
        func used(_ id: String, except: PairKey) -> Int {
            data.pairings.count { $0.isActive && $0.key != except && ($0.pilot == id || $0.peer == id) }
                + data.pins.count { $0 != except && ($0.pilot == id || $0.peer == id) }
        }
        switch self {
        case .pin(let k):
            _ = try city(k.pilot, .pilot); _ = try city(k.peer, .peer)
            if data.pins.contains(k) { throw MatchEditError.alreadyPinned(k) }
            data.pins.append(k)
        case .unpin(let k):
            guard let i = data.pins.firstIndex(of: k) else { throw MatchEditError.notPinned(k) }
            data.pins.remove(at: i)
        case .exclude(let k):
            _ = try city(k.pilot, .pilot); _ = try city(k.peer, .peer)
            if data.exclusions.contains(k) { throw MatchEditError.alreadyExcluded(k) }
            data.exclusions.append(k)
        case .unexclude(let k):
            guard let i = data.exclusions.firstIndex(of: k) else { throw MatchEditError.notExcluded(k) }
            data.exclusions.remove(at: i)
        case .endPairing(let k, let day):
            guard let i = data.pairings.firstIndex(where: { $0.isActive && $0.key == k }) else {
                throw MatchEditError.noActivePairing(k)
            }
            data.pairings[i].status = .ended
            data.pairings[i].end = day
        case .addPairing(let k, let day, let cohort):
            let p = try city(k.pilot, .pilot), q = try city(k.peer, .peer)
            if !p.interests.contains(where: { a in q.interests.contains { $0.area == a.area } }) {
                throw MatchEditError.pairingNoSharedArea(k)
            }
            if data.exclusions.contains(k) { throw MatchEditError.pairingExcluded(k) }
            if data.pairings.contains(where: { $0.isActive && $0.key == k }) { throw MatchEditError.pairingAlreadyActive(k) }
            for c in [p, q] where used(c.id, except: k) + 1 > c.effectiveCapacity {
                throw MatchEditError.overCapacity(city: c.id, capacity: c.effectiveCapacity, used: used(c.id, except: k))
            }
            data.pins.removeAll { $0 == k }
            data.pairings.append(Pairing(pilot: k.pilot, peer: k.peer, start: day, cohort: cohort))
        case .setCapacity(let id, let capacity):
            guard let k = index[id] else {
                throw MatchEditError.unknownCity(id: id, suggestions: Suggestions.closest(to: id, in: data.cities.lazy.map(\.id)))
            }
            if let capacity, capacity < 0 { throw MatchEditError.negativeCapacity(city: id, capacity: capacity) }
            var c = data.cities[k]
            c.capacity = capacity
            let none = PairKey(pilot: "", peer: "")
            if c.role != .member && used(id, except: none) > c.effectiveCapacity {
                throw MatchEditError.overCapacity(city: id, capacity: c.effectiveCapacity, used: used(id, except: none))
            }
            data.cities[k] = c
        }
        data.normalize()
        return data
    }
}
