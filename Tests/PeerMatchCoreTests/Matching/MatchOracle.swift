@testable import PeerMatchCore
import PeerMatchTestSupport

/// Random small forums, and answers found by exhaustive search, written
/// without the engine's code (no PairScorer, no MatchProblem).
enum MatchOracle {
    static let areaPool = ["water-resilience", "flood-management", "heat-islands", "e-mobility"]

    struct Options {
        var maxCities = 8
        var peerCapacityMax = 3
        var pins = true
        var weights = true
        /// Weights with no common divisor to speak of (no 16-bit score table).
        var oddWeights = false
    }

    /// A forum of at most `maxCities` cities with ties, exclusions, active pairings and pins.
    static func instance(seed: UInt64, _ o: Options = Options()) -> ForumData {
        var rng = SplitMix64(seed: seed)
        var forum = Forum(name: "oracle")
        if o.weights && Bool.random(using: &rng) {
            for a in areaPool where Int.random(in: 0..<3, using: &rng) == 0 {
                forum.areaWeights[a] = [0.5, 2.0, 1.25, 0.0].randomElement(using: &rng)!
            }
            forum.languageBonus = [1.0, 0.0, 0.75, 2.5].randomElement(using: &rng)!
            forum.regionBonus = [0.5, 0.0, 1.0].randomElement(using: &rng)!
        }
        if o.oddWeights {
            for a in areaPool { forum.areaWeights[a] = [1.000001, 0.333333, 2.5, 7.000003].randomElement(using: &rng)! }
            forum.languageBonus = [1.0, 0.000007].randomElement(using: &rng)!
        }
        let n = Int.random(in: 0...o.maxCities, using: &rng)
        var ids = Set<String>()
        while ids.count < n { ids.insert("c" + String(Int.random(in: 0..<40, using: &rng))) }
        var cities: [City] = []
        for id in ids.sorted() {
            let r = Int.random(in: 0..<10, using: &rng)
            let role: CityRole = r < 4 ? .pilot : r < 9 ? .peer : .member
            let capMax = role == .peer ? o.peerCapacityMax : 3
            let capacity: Int? = Int.random(in: 0..<4, using: &rng) == 0 ? nil : Int.random(in: 0...capMax, using: &rng)
            var interests: [AreaLevel] = []
            for a in areaPool where Int.random(in: 0..<2, using: &rng) == 0 {
                interests.append(AreaLevel(area: a, level: Int.random(in: 1...3, using: &rng)))
            }
            let languages = ["en", "fr"].filter { _ in Bool.random(using: &rng) }
            let region = ["", "A", "B"].randomElement(using: &rng)!
            cities.append(City(id: id, name: id, country: "IN", region: region, role: role, capacity: capacity,
                               languages: languages, interests: interests))
        }
        let pilots = cities.filter { $0.role == .pilot }, peers = cities.filter { $0.role == .peer }
        var pairings: [Pairing] = [], pins: [PairKey] = [], exclusions: [PairKey] = []
        let day = Day("2026-01-01")!
        for p in pilots {
            for q in peers {
                let k = PairKey(pilot: p.id, peer: q.id)
                switch Int.random(in: 0..<20, using: &rng) {
                case 0: exclusions.append(k)
                case 1: pairings.append(Pairing(pilot: p.id, peer: q.id, start: day))
                case 2: pairings.append(Pairing(pilot: p.id, peer: q.id, status: .ended, start: day, end: day))
                case 3 where o.pins: pins.append(k)
                default: break
                }
            }
        }
        // Now and then a pin that cannot be kept: a wrong role or an unknown id.
        if o.pins && n > 0 && Int.random(in: 0..<25, using: &rng) == 0 {
            pins.append(PairKey(pilot: cities.randomElement(using: &rng)!.id, peer: "zz-unknown"))
        }
        return ForumData(forum: forum, cities: cities, pairings: pairings, pins: pins, exclusions: exclusions)
    }

    /// score(p, q) in micros from MATCHING.md's definition, or nil when no area is shared.
    static func score(_ p: City, _ q: City, _ f: Forum) -> Int64? {
        var total: Int64 = 0
        var shared = false
        for a in p.interests {
            for b in q.interests where a.area == b.area {
                shared = true
                total += Score(f.weight(of: a.area)).micros * Int64(min(a.level, b.level))
            }
        }
        guard shared else { return nil }
        if p.languages.contains(where: { q.languages.contains($0) }) { total += Score(f.languageBonus).micros }
        if !p.region.isEmpty && p.region == q.region { total += Score(f.regionBonus).micros }
        return total
    }

    struct Edge { var p: Int; var q: Int; var w: Int64 }

    /// The residual instance: capacities after active pairings, the pins,
    /// and the other allowed pairs. nil when a pin is not an allowed pair.
    static func residual(_ d: ForumData) -> (cap: [Int], pins: [Edge], free: [Edge])? {
        let c = d.cities
        func index(_ id: String) -> Int? { c.firstIndex { $0.id == id } }
        var cap = c.map { $0.role == .member ? 0 : $0.effectiveCapacity }
        let active = Set(d.pairings.filter(\.isActive).map(\.key))
        for k in active {
            if let a = index(k.pilot) { cap[a] -= 1 }
            if let b = index(k.peer) { cap[b] -= 1 }
        }
        var pins: [Edge] = []
        for k in d.pins {
            guard let a = index(k.pilot), let b = index(k.peer), c[a].role == .pilot, c[b].role == .peer,
                  !d.exclusions.contains(k), !active.contains(k), let w = score(c[a], c[b], d.forum) else { return nil }
            pins.append(Edge(p: a, q: b, w: w))
        }
        var free: [Edge] = []
        for (a, p) in c.enumerated() where p.role == .pilot {
            for (b, q) in c.enumerated() where q.role == .peer {
                let k = PairKey(pilot: p.id, peer: q.id)
                if d.exclusions.contains(k) || active.contains(k) || d.pins.contains(k) { continue }
                if let w = score(p, q, d.forum) { free.append(Edge(p: a, q: b, w: w)) }
            }
        }
        return (cap, pins, free)
    }

    /// The best (pair count, total score) over every feasible set, pins
    /// included; nil when the pins alone do not fit.
    static func bestOptimal(_ d: ForumData) -> (count: Int, total: Int64)? {
        guard let r = residual(d) else { return nil }
        var cap = r.cap
        let pins = r.pins, free = r.free
        var base: Int64 = 0
        for e in pins {
            cap[e.p] -= 1
            cap[e.q] -= 1
            base += e.w
        }
        if pins.contains(where: { cap[$0.p] < 0 || cap[$0.q] < 0 }) { return nil }
        var best = (count: -1, total: Int64.min)
        func go(_ k: Int, _ count: Int, _ total: Int64) {
            if k == free.count {
                if (count, total) > (best.count, best.total) { best = (count, total) }
                return
            }
            let e = free[k]
            if cap[e.p] > 0 && cap[e.q] > 0 {
                cap[e.p] -= 1; cap[e.q] -= 1
                go(k + 1, count + 1, total + e.w)
                cap[e.p] += 1; cap[e.q] += 1
            }
            go(k + 1, count, total)
        }
        go(0, 0, 0)
        return (best.count + pins.count, best.total + base)
    }

    /// Capacities left once active pairings and pins are placed, and the free allowed pairs.
    static func capacityAfterPins(_ d: ForumData) -> (cap: [Int], free: [Edge]) {
        let r = residual(d)!
        var cap = r.cap
        for e in r.pins { cap[e.p] -= 1; cap[e.q] -= 1 }
        return (cap, r.free)
    }

    /// A city prefers partner x (score sx) to y (score sy): higher score, then lower id.
    static func prefers(_ sx: Int64, _ x: String, _ sy: Int64, _ y: String) -> Bool {
        sx != sy ? sx > sy : x.utf8.lexicographicallyPrecedes(y.utf8)
    }

    /// The peer-optimal stable matching, found by listing every matching of
    /// the residual instance, keeping the stable ones, and taking the one
    /// every peer likes best. Pairs as (pilot id, peer id), pins excluded.
    /// Assumes every peer has capacity at most 1 and the pins fit.
    static func peerOptimalStable(_ d: ForumData) -> Set<PairKey> {
        let after = capacityAfterPins(d)
        var cap = after.cap
        let free = after.free
        let c = d.cities
        var chosen: [Bool] = Array(repeating: false, count: free.count)
        var stable: [[Int]] = []
        func isStable() -> Bool {
            for (k, e) in free.enumerated() where !chosen[k] {
                let qPartner = free.indices.first { chosen[$0] && free[$0].q == e.q }.map { free[$0] }
                let peerWants = qPartner.map { prefers(e.w, c[e.p].id, $0.w, c[$0.p].id) } ?? (cap[e.q] > 0)
                guard peerWants else { continue }
                let pilotWants = cap[e.p] > 0 || free.indices.contains {
                    chosen[$0] && free[$0].p == e.p && prefers(e.w, c[e.q].id, free[$0].w, c[free[$0].q].id)
                }
                if pilotWants { return false }
            }
            return true
        }
        func go(_ k: Int) {
            if k == free.count {
                if isStable() { stable.append(free.indices.filter { chosen[$0] }) }
                return
            }
            let e = free[k]
            if cap[e.p] > 0 && cap[e.q] > 0 {
                cap[e.p] -= 1; cap[e.q] -= 1; chosen[k] = true
                go(k + 1)
                cap[e.p] += 1; cap[e.q] += 1; chosen[k] = false
            }
            go(k + 1)
        }
        go(0)
        precondition(!stable.isEmpty, "a stable matching always exists")
        // Each peer's partner in a matching (edge index or nil).
        func partner(_ m: [Int], _ q: Int) -> Edge? { m.map { free[$0] }.first { $0.q == q } }
        func atLeastAsGoodForPeers(_ a: [Int], _ b: [Int]) -> Bool {
            for q in c.indices where c[q].role == .peer {
                switch (partner(a, q), partner(b, q)) {
                case (nil, nil): continue
                case (nil, .some): return false
                case (.some, nil): continue
                case let (x?, y?): if x.p != y.p && !prefers(x.w, c[x.p].id, y.w, c[y.p].id) { return false }
                }
            }
            return true
        }
        let best = stable.first { m in stable.allSatisfy { atLeastAsGoodForPeers(m, $0) } }!
        return Set(best.map { PairKey(pilot: c[free[$0].p].id, peer: c[free[$0].q].id) })
    }

    /// Peer-proposing deferred acceptance as in the textbook: every peer
    /// holds its whole preference list (score desc, then pilot id) and
    /// proposes down it; a pilot keeps its best `capacity` proposals (score
    /// desc, then peer id). Polynomial, for forums too big to list every
    /// stable matching. Pairs as (pilot id, peer id), pins excluded; peers of capacity ≤ 1.
    static func deferredAcceptance(_ d: ForumData) -> Set<PairKey> {
        let (cap, free) = capacityAfterPins(d)
        let c = d.cities
        var options: [Int: [Edge]] = [:]
        for e in free where cap[e.p] > 0 && cap[e.q] > 0 { options[e.q, default: []].append(e) }
        for q in options.keys { options[q]!.sort { prefers($0.w, c[$0.p].id, $1.w, c[$1.p].id) } }
        var next: [Int: Int] = [:]
        var held: [Int: [Edge]] = [:]
        var waiting = options.keys.sorted()
        while let q = waiting.popLast() {
            let k = next[q, default: 0]
            guard k < options[q]!.count else { continue }
            next[q] = k + 1
            let e = options[q]![k]
            held[e.p, default: []].append(e)
            held[e.p]!.sort { prefers($0.w, c[$0.q].id, $1.w, c[$1.q].id) }
            if held[e.p]!.count > cap[e.p] { waiting.append(held[e.p]!.removeLast().q) }
        }
        return Set(held.values.joined().map { PairKey(pilot: c[$0.p].id, peer: c[$0.q].id) })
    }

    /// True when no allowed pair outside `pairs` would both rather be together (residual instance).
    static func hasBlockingPair(_ d: ForumData, _ pairs: Set<PairKey>) -> PairKey? {
        let (cap, free) = capacityAfterPins(d)
        let c = d.cities
        let inM = free.filter { pairs.contains(PairKey(pilot: c[$0.p].id, peer: c[$0.q].id)) }
        for e in free where !pairs.contains(PairKey(pilot: c[e.p].id, peer: c[e.q].id)) {
            let qp = inM.filter { $0.q == e.q }, pp = inM.filter { $0.p == e.p }
            let peerWants = qp.isEmpty ? cap[e.q] > 0 : prefers(e.w, c[e.p].id, qp[0].w, c[qp[0].p].id)
            let pilotWants = pp.count < cap[e.p] || pp.contains { prefers(e.w, c[e.q].id, $0.w, c[$0.q].id) }
            if peerWants && pilotWants { return PairKey(pilot: c[e.p].id, peer: c[e.q].id) }
        }
        return nil
    }
}
