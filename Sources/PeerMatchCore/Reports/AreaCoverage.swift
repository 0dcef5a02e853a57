/// How well the forum covers one interest area: who offers it, who asks for
/// it, the pairs formed in it, and the peers still waiting.
public struct AreaCoverage: Hashable, Sendable {
    public var area: InterestArea
    /// Pilots with the area among their interests.
    public var pilotsOffering: Int
    /// Peers with the area among their interests.
    public var peersAsking: Int
    /// Pairings whose pilot and peer both have the area (each pair once).
    public var pairs: [PairKey]
    /// Peers asking for the area that are in none of those pairs.
    public var unmetPeers: [String]

    public var pairsFormed: Int { pairs.count }
    public var demandUnmet: Int { unmetPeers.count }

    /// Coverage of every area of the forum, in the forum's order, counting the
    /// given pairings. A forum has at most 64 areas (`PairScorer.maxAreas`,
    /// checked when forum.json is read), so an area set fits one `UInt64`.
    /// O(cities × interests + pairings).
    public static func compute(_ data: ForumData, pairings: [Pairing]) -> [AreaCoverage] {
        let areas = data.forum.areas
        precondition(areas.count <= PairScorer.maxAreas, "a forum has at most 64 interest areas")
        var slot: [String: Int] = [:]
        for (i, a) in areas.enumerated() { slot[a.id] = i }
        var pilots = [Int](repeating: 0, count: areas.count)
        var peers = [[String]](repeating: [], count: areas.count)
        for city in data.cities {
            for interest in city.interests {
                guard let i = slot[interest.area] else { continue }
                switch city.role {
                case .pilot: pilots[i] += 1
                case .peer: peers[i].append(city.id)
                case .member: break
                }
            }
        }
        // Each city's areas as a bit mask over the forum's areas (cities are not copied).
        var masks: [String: UInt64] = [:]
        masks.reserveCapacity(data.cities.count)
        for c in data.cities.indices {
            var mask: UInt64 = 0
            for interest in data.cities[c].interests {
                if let i = slot[interest.area] { mask |= 1 << UInt64(i) }
            }
            masks[data.cities[c].id] = mask
        }
        var pairs = [[PairKey]](repeating: [], count: areas.count)
        var served = [Set<String>](repeating: [], count: areas.count)
        var seen = Set<PairKey>()
        for p in pairings where seen.insert(p.key).inserted {
            var shared = (masks[p.pilot] ?? 0) & (masks[p.peer] ?? 0)
            while shared != 0 {
                let i = shared.trailingZeroBitCount
                shared &= shared - 1
                pairs[i].append(p.key)
                served[i].insert(p.peer)
            }
        }
        return areas.indices.map { i in
            AreaCoverage(area: areas[i], pilotsOffering: pilots[i], peersAsking: peers[i].count,
                         pairs: pairs[i].sorted(), unmetPeers: peers[i].filter { !served[i].contains($0) })
        }
    }
}
