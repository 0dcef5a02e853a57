@testable import PeerMatchCore
import PeerMatchTestSupport

/// Forums shaped like gen_roster.py's (about 10% pilots, 3% members,
/// popular areas skewed, a few languages and regions), built in code so
/// tests need no files; with pairings, pins and exclusions sprinkled in.
enum LargeForum {
    static func make(cities n: Int, seed: UInt64, peerCapacityMax: Int = 1) -> ForumData {
        var rng = SplitMix64(seed: seed)
        let areas = InterestArea.defaultTaxonomy.map(\.id)
        let regions = ["South Asia", "East Asia", "Europe", "Latin America", ""]
        let languages = ["en", "fr", "es", "pt", "zh", "hi"]
        var cities: [City] = []
        for i in 0..<n {
            let r = Double.random(in: 0..<1, using: &rng)
            let role: CityRole = r < 0.10 ? .pilot : r < 0.13 ? .member : .peer
            var capacity: Int? = nil
            if role == .pilot && Bool.random(using: &rng) { capacity = Int.random(in: 0...6, using: &rng) }
            if role == .peer && Int.random(in: 0..<3, using: &rng) == 0 { capacity = Int.random(in: 0...peerCapacityMax, using: &rng) }
            var interests: [AreaLevel] = []
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                // Skewed: low indices far more often.
                let a = areas[min(areas.count - 1, Int(Double(areas.count) * pow2(Double.random(in: 0..<1, using: &rng))))]
                if !interests.contains(where: { $0.area == a }) {
                    interests.append(AreaLevel(area: a, level: Int.random(in: 1...3, using: &rng)))
                }
            }
            let langs = Array(Set((0..<Int.random(in: 1...2, using: &rng)).map { _ in languages.randomElement(using: &rng)! })).sorted()
            cities.append(City(id: "c\(100_000 + i)", name: "City \(i)", country: "IN",
                               region: regions.randomElement(using: &rng)!, role: role, capacity: capacity,
                               languages: langs, interests: interests))
        }
        var data = ForumData(forum: Forum(name: "large"), cities: cities)
        let pilots = cities.filter { $0.role == .pilot }, peers = cities.filter { $0.role == .peer }
        let scorer = PairScorer(forum: data.forum, cities: data.cities)
        let index = data.cityIndex()
        var used: [String: Int] = [:]
        for _ in 0..<(n / 50) {
            let p = pilots.randomElement(using: &rng)!, q = peers.randomElement(using: &rng)!
            let key = PairKey(pilot: p.id, peer: q.id)
            guard scorer.sharesArea(index[p.id]!, index[q.id]!) else { continue }
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: data.exclusions.append(key)
            case 1:
                if (used[p.id] ?? 0) < p.effectiveCapacity && (used[q.id] ?? 0) < q.effectiveCapacity {
                    data.pairings.append(Pairing(pilot: p.id, peer: q.id, start: Day("2026-01-01")!))
                    used[p.id, default: 0] += 1; used[q.id, default: 0] += 1
                }
            default:
                if (used[p.id] ?? 0) < p.effectiveCapacity && (used[q.id] ?? 0) < q.effectiveCapacity
                    && !data.exclusions.contains(key) && !data.pairings.contains(where: { $0.key == key }) {
                    data.pins.append(key)
                    used[p.id, default: 0] += 1; used[q.id, default: 0] += 1
                }
            }
        }
        // An exclusion that is also pinned would be refused: drop such pins.
        data.pins.removeAll { data.exclusions.contains($0) }
        data.normalize()
        return data
    }

    private static func pow2(_ x: Double) -> Double { x * x }
}
