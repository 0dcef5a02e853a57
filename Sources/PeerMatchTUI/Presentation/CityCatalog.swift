import PeerMatchCore

/// The loaded forum, prepared once for the screens: per city its display
/// strings, folded search key and filter bits, so that filtering, searching
/// and drawing never fold or format again; every sort order too. O(cities
/// + pairings + sessions) to build, plus one O(cities log cities) sort per
/// sort key.
public struct CityCatalog: Sendable {
    /// One city as the table shows it.
    public struct Row: Sendable {
        public var name: String
        public var country: String
        public var region: String
        public var role: String
        /// `used/total`, e.g. `1/3`.
        public var capacity: String
        /// Interest areas, highest level first: `water-resilience³ flood-management²`.
        public var areas: String
        public var capacityLeft: Int
    }

    public let data: ForumData
    public let index: ForumIndex
    public let rows: [Row]
    /// Interest areas the forum knows (bit i of a city's mask = areaIDs[i]).
    public let areaIDs: [String]
    public let regions: [String]
    public let networks: [String]
    let areaMasks: [UInt64]
    let regionIndex: [Int32]
    /// Networks per city, as indices into `networks`.
    let networkIndices: [[Int32]]
    let roles: [CityRole]
    /// Folded `name␟id␟country` of each city, end to end; city i is
    /// `searchBytes[searchStart[i]..<searchStart[i+1]]`.
    let searchBytes: [UInt8]
    let searchStart: [Int32]
    /// Every sort order, computed once (see `order(by:)`).
    let sortOrders: [[Int32]]
    /// Pairings of each city (active and ended), as indices into `data.pairings`.
    let cityPairings: [[Int]]
    /// Per filter dimension, how many cities have each value: counted once,
    /// as the chooser shows them on every key and frame.
    private var valueCounts: [FilterDimension: [String: Int]] = [:]

    public init(_ data: ForumData) {
        self.data = data
        index = ForumIndex(data)
        areaIDs = data.forum.areaIDs.count <= 64 ? data.forum.areaIDs : Array(data.forum.areaIDs.prefix(64))
        var areaBit = [String: Int]()
        for (i, a) in areaIDs.enumerated() { areaBit[a] = i }
        var regionSet = Set<String>(), networkSet = Set<String>()
        for c in data.cities {
            if !c.region.isEmpty { regionSet.insert(c.region) }
            networkSet.formUnion(c.networks)
        }
        regions = regionSet.sorted()
        networks = networkSet.sorted()
        var regionPosition = [String: Int32](), networkPosition = [String: Int32]()
        for (i, r) in regions.enumerated() { regionPosition[r] = Int32(i) }
        for (i, n) in networks.enumerated() { networkPosition[n] = Int32(i) }

        var rows: [Row] = []
        var masks: [UInt64] = [], regionIndex: [Int32] = [], networkIndices: [[Int32]] = [], roles: [CityRole] = []
        var bytes: [UInt8] = [], starts: [Int32] = [0], names: [[UInt8]] = []
        rows.reserveCapacity(data.cities.count)
        bytes.reserveCapacity(data.cities.count * 32)
        for c in data.cities {
            let used = index.activeCount(of: c.id)
            rows.append(Row(
                name: c.name, country: c.country, region: c.region, role: c.role.rawValue,
                capacity: "\(used)/\(c.effectiveCapacity)",
                areas: c.interestsByLevel.map { "\($0.area)\(CityCatalog.superscript($0.level))" }.joined(separator: " "),
                capacityLeft: index.capacityLeft(of: c)))
            var mask: UInt64 = 0
            for i in c.interests { if let b = areaBit[i.area] { mask |= 1 << UInt64(b) } }
            masks.append(mask)
            regionIndex.append(c.region.isEmpty ? -1 : regionPosition[c.region]!)
            networkIndices.append(c.networks.map { networkPosition[$0]! })
            roles.append(c.role)
            let foldedName = SearchFolding.fold(c.name)
            names.append(Array(foldedName.utf8))
            bytes.append(contentsOf: SearchFolding.cityKey(c, foldedName: foldedName).utf8)
            starts.append(Int32(bytes.count))
        }
        var pairingsOfCity = [[Int]](repeating: [], count: data.cities.count)
        for (k, p) in data.pairings.enumerated() {
            for id in [p.pilot, p.peer] { if let c = index.cityPosition[id] { pairingsOfCity[c].append(k) } }
        }
        cityPairings = pairingsOfCity
        self.rows = rows
        areaMasks = masks
        self.regionIndex = regionIndex
        self.networkIndices = networkIndices
        self.roles = roles
        searchBytes = bytes
        searchStart = starts
        sortOrders = CityCatalog.sortOrders(rows: rows, roles: roles, foldedNames: names)
        valueCounts = Dictionary(uniqueKeysWithValues: FilterDimension.allCases.map { ($0, tally($0)) })
    }

    public var count: Int { rows.count }

    static func superscript(_ level: Int) -> String {
        switch level {
        case 1: "¹"
        case 2: "²"
        case 3: "³"
        default: ""
        }
    }

    /// Positions of the cities in `order` that pass `filter`, in that order:
    /// the same cities as `CityFilter.matches`, found with the bits and
    /// folded keys prepared here. O(order.count × search length); passing
    /// the rows of a shorter search as `order` keeps typing a search cheap.
    func filtered(_ order: [Int32], by filter: CityFilter) -> [Int32] {
        let needle = Array(filter.foldedSearch.utf8)
        let areaMask: UInt64 = filter.area.flatMap { a in areaIDs.firstIndex(of: a).map { 1 << UInt64($0) } } ?? 0
        if filter.area != nil, areaMask == 0 { return [] }
        let region: Int32? = filter.region.map { r in regions.firstIndex(of: r).map(Int32.init) ?? -2 }
        let network: Int32? = filter.network.map { n in networks.firstIndex(of: n).map(Int32.init) ?? -2 }
        let country = filter.country?.uppercased()
        var out: [Int32] = []
        out.reserveCapacity(order.count)
        searchBytes.withUnsafeBufferPointer { hay in
            for i in order {
                let k = Int(i)
                if let role = filter.role, roles[k] != role { continue }
                if areaMask != 0, areaMasks[k] & areaMask == 0 { continue }
                if let region, regionIndex[k] != region { continue }
                if let network, !networkIndices[k].contains(network) { continue }
                if let country, rows[k].country != country { continue }
                if !needle.isEmpty,
                   !SearchFolding.contains(hay, from: Int(searchStart[k]), to: Int(searchStart[k + 1]), needle) { continue }
                out.append(i)
            }
        }
        return out
    }

    /// All cities in ascending order of a sort key (ties by name); descending
    /// is this reversed. Sorted once when the catalog is built, so a sort
    /// in the app costs a copy.
    func order(by key: CitySortKey) -> [Int32] { sortOrders[CitySortKey.allCases.firstIndex(of: key)!] }

    /// One permutation per `CitySortKey`, in `allCases` order. The name order
    /// is a byte sort of the folded names; every other key packs its rank and
    /// the city's name rank into one integer and sorts integers.
    static func sortOrders(rows: [Row], roles: [CityRole], foldedNames: [[UInt8]]) -> [[Int32]] {
        let n = rows.count
        let byName = (0..<Int32(n)).sorted { a, b in
            let x = foldedNames[Int(a)], y = foldedNames[Int(b)]
            if x != y { return x.lexicographicallyPrecedes(y) }
            let u = rows[Int(a)].name, v = rows[Int(b)].name
            return u != v ? u < v : a < b
        }
        var nameRank = [UInt64](repeating: 0, count: n)
        for (rank, city) in byName.enumerated() { nameRank[Int(city)] = UInt64(rank) }
        func ranks(_ values: [String], emptyLast: Bool) -> [UInt64] {
            let distinct = Set(values).sorted { x, y in emptyLast && x.isEmpty != y.isEmpty ? y.isEmpty : x < y }
            var rankOf = [String: UInt64]()
            for (i, v) in distinct.enumerated() { rankOf[v] = UInt64(i) }
            return values.map { rankOf[$0]! }
        }
        func sorted(by primary: [UInt64]) -> [Int32] {
            var keys = (0..<n).map { primary[$0] << 32 | nameRank[$0] }
            keys.sort()
            return keys.map { byName[Int($0 & 0xFFFF_FFFF)] }
        }
        let roleOrder = CityRole.allCases.sorted()
        return CitySortKey.allCases.map { key in
            switch key {
            case .name: byName
            case .country: sorted(by: ranks(rows.map(\.country), emptyLast: false))
            case .region: sorted(by: ranks(rows.map(\.region), emptyLast: true))
            case .role: sorted(by: roles.map { UInt64(roleOrder.firstIndex(of: $0)!) })
            case .capacityLeft: sorted(by: rows.map { UInt64(min(max(0, $0.capacityLeft), 0x7FFF_FFFF)) })
            }
        }
    }

    /// How many cities have each value of `dimension` among those the other
    /// filters and the search let through (what choosing that value would
    /// show). With no other filter it is the count taken at build; otherwise
    /// one pass over the cities, O(cities × search length).
    func counts(of dimension: FilterDimension, within filter: CityFilter) -> [String: Int] {
        var others = filter
        switch dimension {
        case .role: others.role = nil
        case .area: others.area = nil
        case .region: others.region = nil
        case .network: others.network = nil
        }
        if others == CityFilter() { return valueCounts[dimension] ?? [:] }
        return tally(dimension, of: filtered(sortOrders[0], by: others))
    }

    /// Counts per value of `dimension` over `cities` (all when nil), in
    /// arrays indexed like the value lists, named only at the end.
    private func tally(_ dimension: FilterDimension, of cities: [Int32]? = nil) -> [String: Int] {
        let all = cities ?? (0..<Int32(rows.count)).map { $0 }
        let names: [String]
        var n: [Int]
        switch dimension {
        case .role:
            names = CityRole.allCases.map(\.rawValue)
            n = Array(repeating: 0, count: names.count)
            for k in all { n[CityRole.allCases.firstIndex(of: roles[Int(k)])!] += 1 }
        case .area:
            names = areaIDs
            n = Array(repeating: 0, count: names.count)
            for k in all {
                var bits = areaMasks[Int(k)]
                while bits != 0 {
                    n[bits.trailingZeroBitCount] += 1
                    bits &= bits - 1
                }
            }
        case .region:
            names = regions
            n = Array(repeating: 0, count: names.count)
            for k in all where regionIndex[Int(k)] >= 0 { n[Int(regionIndex[Int(k)])] += 1 }
        case .network:
            names = networks
            n = Array(repeating: 0, count: names.count)
            for k in all { for v in networkIndices[Int(k)] { n[Int(v)] += 1 } }
        }
        var counts = [String: Int]()
        for (i, name) in names.enumerated() where n[i] > 0 { counts[name] = n[i] }
        return counts
    }
}
