/// What makes a new pilot–peer pair allowed, checked against a forum as it
/// would be: the ids name cities of the right roles, they are not already
/// actively paired, they share an interest area, the pair is not excluded, and
/// both cities have room after their active pairings and pins. The workspace,
/// the commit and `peermatch pair add` all ask here.
struct PairRules {
    let data: ForumData
    let position: [String: Int]
    private(set) var activePairs: Set<PairKey>
    let excluded: Set<PairKey>
    /// Pins not yet active pairings.
    private(set) var pinned: Set<PairKey>
    /// Active pairings plus pins (not yet pairings), per city id.
    private(set) var used: [String: Int]

    init(_ data: ForumData) {
        self.data = data
        position = data.cityIndex()
        var active = Set<PairKey>()
        var used: [String: Int] = [:]
        for p in data.pairings where p.isActive && active.insert(p.key).inserted {
            used[p.pilot, default: 0] += 1
            used[p.peer, default: 0] += 1
        }
        var pinned = Set<PairKey>()
        for k in data.pins where !active.contains(k) && pinned.insert(k).inserted {
            used[k.pilot, default: 0] += 1
            used[k.peer, default: 0] += 1
        }
        activePairs = active
        self.pinned = pinned
        excluded = Set(data.exclusions)
        self.used = used
    }

    /// The city with this id in the expected role, or the refusal.
    func city(_ id: String, as role: CityRole) throws -> City {
        guard let k = position[id] else {
            throw WorkspaceRefusal.unknownCity(city: id, suggestions: Suggestions.closest(to: id, in: data.cities.lazy.map(\.id)))
        }
        let c = data.cities[k]
        guard c.role == role else { throw WorkspaceRefusal.wrongRole(city: id, expected: role, actual: c.role) }
        return c
    }

    /// Checks both ids exist in their roles (final refusals only).
    func checkCities(_ pair: PairKey) throws -> (pilot: City, peer: City) {
        (try city(pair.pilot, as: .pilot), try city(pair.peer, as: .peer))
    }

    /// Every rule the new pair breaks, final ones first; empty when allowed.
    func problems(_ pair: PairKey) -> [WorkspaceRefusal] {
        let cities: (pilot: City, peer: City)
        do { cities = try checkCities(pair) } catch { return [error as! WorkspaceRefusal] }
        if activePairs.contains(pair) { return [.alreadyPaired(pair: pair)] }
        var out: [WorkspaceRefusal] = []
        if !PinCheck.sharesArea(cities.pilot, cities.peer) { out.append(.noSharedArea(pair: pair)) }
        if excluded.contains(pair) { out.append(.excluded(pair: pair)) }
        for c in [cities.pilot, cities.peer] {
            // A pinned pair made active takes the place its pin held.
            let n = (used[c.id] ?? 0) - (pinned.contains(pair) ? 1 : 0)
            if n + 1 > c.effectiveCapacity { out.append(.capacityFull(pair: pair, city: c.id, capacity: c.effectiveCapacity, used: n)) }
        }
        return out
    }

    /// Records the pair as active (its pin, if any, becomes the pairing), so
    /// many pairs are checked in O(1) each.
    mutating func activate(_ pair: PairKey) {
        guard activePairs.insert(pair).inserted else { return }
        if pinned.remove(pair) != nil { return }
        used[pair.pilot, default: 0] += 1
        used[pair.peer, default: 0] += 1
    }

    /// Throws the first broken rule, unless every broken rule is overridable
    /// and `override` is given. Returns the rules the override set aside.
    func check(_ pair: PairKey, override: Override?) throws -> [WorkspaceRefusal.Rule] {
        let broken = problems(pair)
        guard let first = broken.first else { return [] }
        let rules = broken.compactMap(\.overridableRule)
        guard let override, rules.count == broken.count else { throw first }
        if override.note.isEmpty { throw WorkspaceRefusal.overrideNeedsNote }
        return rules
    }
}

/// The coordinator's explicit "allow it anyway", with why.
public struct Override: Hashable, Sendable {
    public var note: String
    public init(note: String) { self.note = note }
}
