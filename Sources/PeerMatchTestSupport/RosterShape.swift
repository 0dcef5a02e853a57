import PeerMatchCore

/// Named roster shapes that real forums produce and that stress the matching
/// engine differently (issue 19). `RosterShape.forum(cities:seed:)` builds
/// one in code, deterministic for a seed; `rosterCSV` writes it as a roster
/// file for the CLI and `Benchmarks/scipy_baseline.py`. Default forum
/// settings; every peer has capacity ≤ 1 (what the scipy baseline handles).
public enum RosterShape: String, CaseIterable, Sendable {
    /// gen_roster.py's mix: about 10% pilots (capacity 3 or 0–6), 3% members, the rest peers.
    case usual
    /// Peers about as many as pilot slots (the rest members): both sides compete.
    case balanced
    /// Only two interest areas in use: most pairs allowed, scores tie.
    case fewAreas = "few-areas"
    /// 20 pilots with capacities 200–800 for every peer.
    case bigPilots = "big-pilots"
    /// Peers scarce: 10% pilots, 4% peers, the rest members.
    case scarcePeers = "scarce-peers"
    /// Every city has the same profile: every allowed pair has the same score.
    case identical
    /// One interest area for everyone, levels vary.
    case oneArea = "one-area"
    /// Every city in one region with one language: both bonuses always apply.
    case oneRegion = "one-region"
    /// Every city has capacity 1.
    case capacityOne = "capacity-one"
    /// The usual mix plus one pilot with capacity 3,000.
    case hugePilot = "huge-pilot"

    /// A forum of `n` cities of this shape; ids `c100000`… ascending.
    public func forum(cities n: Int, seed: UInt64 = 1) -> ForumData {
        var rng = SplitMix64(seed: seed ^ UInt64(RosterShape.allCases.firstIndex(of: self)!) &* 0x9E37_79B9)
        let allAreas = InterestArea.defaultTaxonomy.map(\.id)
        let areas: [String] = switch self {
        case .fewAreas: [allAreas[0], allAreas[2]]
        case .oneArea: [allAreas[0]]
        default: allAreas
        }
        let regions = self == .oneRegion ? ["Europe"] : ["South Asia", "East Asia", "Europe", "Latin America", "Sub-Saharan Africa", ""]
        let languages = self == .oneRegion ? ["en"] : ["en", "fr", "es", "pt", "zh", "hi"]
        let identical = City(id: "", name: "", country: "IN", region: "Europe", role: .peer, capacity: nil,
                             languages: ["en"], interests: [AreaLevel(area: allAreas[0], level: 2), AreaLevel(area: allAreas[2], level: 3)])
        // Pilot slots of the usual mix, to size the balanced shape's peers.
        let pilotShare = 0.10
        var cities: [City] = []
        for i in 0..<n {
            let r = Double.random(in: 0..<1, using: &rng)
            var role: CityRole
            switch self {
            case .balanced: role = r < pilotShare ? .pilot : r < pilotShare + 0.33 ? .peer : .member
            case .scarcePeers: role = r < pilotShare ? .pilot : r < pilotShare + 0.04 ? .peer : .member
            case .bigPilots: role = i % max(2, n / 20) == 1 ? .pilot : r < 0.03 ? .member : .peer
            default: role = r < pilotShare ? .pilot : r < pilotShare + 0.03 ? .member : .peer
            }
            var capacity: Int? = nil
            switch (self, role) {
            case (.bigPilots, .pilot): capacity = Int.random(in: 200...800, using: &rng)
            case (.capacityOne, .pilot), (.capacityOne, .peer): capacity = 1
            case (_, .pilot): if Bool.random(using: &rng) { capacity = Int.random(in: 0...6, using: &rng) }
            case (_, .peer): if Int.random(in: 0..<8, using: &rng) == 0 { capacity = Int.random(in: 0...1, using: &rng) }
            default: break
            }
            if self == .hugePilot && role == .pilot && !cities.contains(where: { ($0.capacity ?? 0) >= 3000 }) {
                capacity = 3000
            }
            let id = "c\(100_000 + i)"
            if self == .identical {
                var c = identical
                c.id = id; c.name = "City \(i)"; c.role = role; c.capacity = capacity
                cities.append(c)
                continue
            }
            var interests: [AreaLevel] = []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                // Skewed: low indices far more often, as in real forums.
                let u = Double.random(in: 0..<1, using: &rng)
                let a = areas[min(areas.count - 1, Int(Double(areas.count) * u * u))]
                if !interests.contains(where: { $0.area == a }) {
                    interests.append(AreaLevel(area: a, level: Int.random(in: 1...3, using: &rng)))
                }
            }
            var langs: [String] = []
            for _ in 0..<Int.random(in: 1...2, using: &rng) {
                let l = languages.randomElement(using: &rng)!
                if !langs.contains(l) { langs.append(l) }
            }
            cities.append(City(id: id, name: "City \(i)", country: "IN", region: regions.randomElement(using: &rng)!,
                               role: role, capacity: capacity, languages: langs, interests: interests))
        }
        var data = ForumData(forum: Forum(name: rawValue), cities: cities)
        data.normalize()
        return data
    }

    /// The cities as a roster CSV (RosterReader's columns), header first.
    public static func rosterCSV(_ data: ForumData) -> String {
        var out = "id,name,country,region,role,capacity,languages,networks,interests\n"
        for c in data.cities {
            let capacity = c.capacity.map(String.init) ?? ""
            let interests = c.interests.map { "\($0.area):\($0.level)" }.joined(separator: ";")
            out += "\(c.id),\(c.name),\(c.country),\(c.region),\(c.role.rawValue),\(capacity),"
                + "\(c.languages.joined(separator: ";")),,\(interests)\n"
        }
        return out
    }
}
