/// Every pin that would make `match` refuse to run, as the `MatchError` the
/// match would throw: so `check`, the workspace and `match` say it in the same
/// words (MatchError.swift). `MatchProblem` stops at the first; this lists
/// them all, pin by pin (sorted), then the cities whose pins do not fit.
/// O(cities + pairings + pins + exclusions).
public enum PinCheck {
    public static func problems(in data: ForumData) -> [MatchError] {
        guard !data.pins.isEmpty else { return [] }
        let position = data.cityIndex()
        let cities = data.cities
        var active = [Int](repeating: 0, count: cities.count)
        var activePairs = Set<PairKey>()
        for p in data.pairings where p.isActive {
            guard let a = position[p.pilot], let b = position[p.peer], activePairs.insert(p.key).inserted else { continue }
            active[a] += 1
            active[b] += 1
        }
        let excluded = Set(data.exclusions)
        var out: [MatchError] = []
        var pinsOf: [Int: [PairKey]] = [:]
        pins: for pin in data.pins {
            for (id, role) in [(pin.pilot, CityRole.pilot), (pin.peer, .peer)] {
                guard let k = position[id] else {
                    out.append(.pinUnknownCity(pin: pin, city: id, suggestions: Suggestions.closest(to: id, in: cities.lazy.map(\.id))))
                    continue pins
                }
                if cities[k].role != role {
                    out.append(.pinWrongRole(pin: pin, city: id, expected: role, actual: cities[k].role))
                    continue pins
                }
            }
            let a = position[pin.pilot]!, b = position[pin.peer]!
            if !sharesArea(cities[a], cities[b]) { out.append(.pinNoSharedArea(pin: pin)); continue }
            if excluded.contains(pin) { out.append(.pinExcluded(pin: pin)); continue }
            if activePairs.contains(pin) { out.append(.pinAlreadyPaired(pin: pin)); continue }
            pinsOf[a, default: []].append(pin)
            pinsOf[b, default: []].append(pin)
        }
        for k in pinsOf.keys.sorted() {
            let list = pinsOf[k]!.sorted()
            let capacity = cities[k].effectiveCapacity
            if active[k] + list.count > capacity {
                out.append(.pinsExceedCapacity(city: cities[k].id, capacity: capacity, active: active[k], pins: list))
            }
        }
        return out
    }

    static func sharesArea(_ a: City, _ b: City) -> Bool {
        let areas = Set(a.interests.map(\.area))
        return b.interests.contains { areas.contains($0.area) }
    }
}
