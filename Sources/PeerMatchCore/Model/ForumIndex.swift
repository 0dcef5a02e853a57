/// Look-ups over a `ForumData` that screens and commands need again and again:
/// built once per load in O(cities + pairings + sessions), then O(1) each.
public struct ForumIndex: Sendable {
    /// Position of each city in `data.cities`.
    public let cityPosition: [String: Int]
    /// Active pairings per city id (as pilot or peer).
    public let activePartners: [String: [String]]
    /// Sessions held per pair.
    public let sessionCount: [PairKey: Int]
    /// Sessions per city id, and the date of the latest.
    public let citySessions: [String: (count: Int, last: Day)]
    public let activePairs: Set<PairKey>
    public let exclusions: Set<PairKey>
    /// Pins per city id: each will take a place when the match runs.
    public let pinCount: [String: Int]

    public init(_ data: ForumData) {
        cityPosition = data.cityIndex()

        var partners = [String: [String]]()
        var active = Set<PairKey>()
        for p in data.pairings where p.isActive {
            partners[p.pilot, default: []].append(p.peer)
            partners[p.peer, default: []].append(p.pilot)
            active.insert(p.key)
        }
        activePartners = partners
        activePairs = active
        exclusions = Set(data.exclusions)
        var pins = [String: Int]()
        for k in data.pins where !active.contains(k) {
            pins[k.pilot, default: 0] += 1
            pins[k.peer, default: 0] += 1
        }
        pinCount = pins

        var perPair = [PairKey: Int]()
        var perCity = [String: (count: Int, last: Day)]()
        for s in data.sessions {
            perPair[s.pair, default: 0] += 1
            for id in [s.pilot, s.peer] {
                if let old = perCity[id] {
                    perCity[id] = (old.count + 1, max(old.last, s.date))
                } else {
                    perCity[id] = (1, s.date)
                }
            }
        }
        sessionCount = perPair
        citySessions = perCity
    }

    /// Capacity a city has left after its active pairings and its pins (never below 0).
    public func capacityLeft(of city: City) -> Int {
        max(0, city.effectiveCapacity - (activePartners[city.id]?.count ?? 0) - (pinCount[city.id] ?? 0))
    }

    public func activeCount(of cityID: String) -> Int { activePartners[cityID]?.count ?? 0 }
}
