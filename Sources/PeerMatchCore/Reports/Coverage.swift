/// How well a set of pairs covers the forum: per interest area, the pairs that
/// share it and how many peers interested in it have a pilot; per region, the
/// pairs whose peer is there. One computation for `match`, the Match screen
/// and reports. O(pairs × shared areas + cities × interests).
public struct Coverage: Hashable, Sendable {
    public struct Area: Hashable, Sendable {
        public var area: String
        /// Pairs that share this area.
        public var pairs: Int
        /// Peers interested in the area that have a pilot (in the pairs or an active pairing).
        public var coveredPeers: Int
        /// Peers interested in the area.
        public var interestedPeers: Int

        /// Whole percent, rounded down; 0 when no peer is interested.
        public var percent: Int { interestedPeers == 0 ? 0 : coveredPeers * 100 / interestedPeers }
    }

    public struct Region: Hashable, Sendable {
        /// The peer's region; empty when the roster left it empty.
        public var region: String
        public var pairs: Int
    }

    /// In the forum's area order; areas with no interested peer and no pair are left out.
    public var areas: [Area]
    /// Pairs per region of the peer, most pairs first, ties by name.
    public var regions: [Region]

    /// `peersWithoutPilot` are the peers that have no pilot at all (a match
    /// result's `unmatchedPeers`); every other interested peer counts as covered.
    public init(pairs: [PairExplanation], peersWithoutPilot: [String], data: ForumData) {
        let unmatched = Set(peersWithoutPilot)
        var pairsPer: [String: Int] = [:]
        for p in pairs { for a in p.shared { pairsPer[a.area, default: 0] += 1 } }
        var interested: [String: Int] = [:], covered: [String: Int] = [:]
        var regionOf: [String: String] = [:]
        for c in data.cities where c.role == .peer {
            regionOf[c.id] = c.region
            for i in c.interests {
                interested[i.area, default: 0] += 1
                if !unmatched.contains(c.id) { covered[i.area, default: 0] += 1 }
            }
        }
        areas = data.forum.areas.compactMap { area in
            let n = interested[area.id] ?? 0, p = pairsPer[area.id] ?? 0
            guard n > 0 || p > 0 else { return nil }
            return Area(area: area.id, pairs: p, coveredPeers: covered[area.id] ?? 0, interestedPeers: n)
        }
        var perRegion: [String: Int] = [:]
        for p in pairs { perRegion[regionOf[p.peer] ?? "", default: 0] += 1 }
        regions = perRegion.map { Region(region: $0.key, pairs: $0.value) }.sorted {
            $0.pairs != $1.pairs ? $0.pairs > $1.pairs : $0.region.utf8.lexicographicallyPrecedes($1.region.utf8)
        }
    }

    /// The coverage of a match result.
    public init(_ result: MatchResult, data: ForumData) {
        self.init(pairs: result.pairs.map(\.explanation), peersWithoutPilot: result.unmatchedPeers, data: data)
    }
}
