/// A forum prepared for matching (MATCHING.md "Who is matched", "When a pair
/// is allowed"): who can still take partners, which pairs are fixed by pins
/// and which may never be proposed.
///
/// Cities are addressed by their position in `data.cities`, which is sorted by
/// id in byte order, so comparing positions compares ids. Building it is
/// O(cities + pairings + pins + exclusions); it throws a `MatchError` for a pin
/// that cannot be kept.
public struct MatchProblem: Sendable {
    public let data: ForumData
    public let scorer: PairScorer
    /// The same scores, packed for scanning many pairs.
    let kernel: ScoreKernel
    /// Positions of the pilots, ascending id.
    public let pilots: [Int32]
    /// Positions of the peers, ascending id.
    public let peers: [Int32]
    /// Per city position: active pairings it has.
    public let activeCount: [Int32]
    /// Per city position: partners it may still take in this run, after its
    /// active pairings and its pins (never below 0; members 0).
    public let capacityLeft: [Int32]
    /// The pinned pairs (pilot, peer positions), ascending.
    public let pins: [(pilot: Int32, peer: Int32)]
    /// Per pilot position: peer positions the run may not propose for it
    /// (excluded, actively paired, or already pinned), ascending. Empty for most.
    let blockedPeers: [Int32: [Int32]]

    public init(_ data: ForumData) throws {
        try self.init(data, reusingScoresOf: nil)
    }

    /// With `previous`, the scores are taken from it instead of recomputed:
    /// only for data with the same forum settings and the same cities'
    /// profiles (what `MatchSession`'s edits keep).
    /// `index` is `data.cityIndex()` when the caller has it.
    init(_ data: ForumData, reusingScoresOf previous: MatchProblem?, index: [String: Int]? = nil) throws {
        self.data = data
        let cities = data.cities
        if let previous {
            scorer = previous.scorer
            kernel = previous.kernel
        } else {
            scorer = PairScorer(forum: data.forum, cities: cities)
            kernel = ScoreKernel(scorer)
        }
        // Ids are looked up only for pairings, exclusions and pins; a bare roster needs no index.
        let position = data.pairings.isEmpty && data.exclusions.isEmpty && data.pins.isEmpty ? [:] : index ?? data.cityIndex()
        var pilots: [Int32] = [], peers: [Int32] = []
        for (i, c) in cities.enumerated() {
            switch c.role {
            case .pilot: pilots.append(Int32(i))
            case .peer: peers.append(Int32(i))
            case .member: break
            }
        }
        self.pilots = pilots
        self.peers = peers

        var active = [Int32](repeating: 0, count: cities.count)
        var blocked: [Int32: [Int32]] = [:]
        var activePairs = Set<PairKey>()
        for p in data.pairings where p.isActive {
            guard let a = position[p.pilot], let b = position[p.peer] else { continue }
            if !activePairs.insert(p.key).inserted { continue }
            active[a] += 1
            active[b] += 1
            blocked[Int32(a), default: []].append(Int32(b))
        }
        let excluded = Set(data.exclusions)
        for k in data.exclusions {
            guard let a = position[k.pilot], let b = position[k.peer] else { continue }
            blocked[Int32(a), default: []].append(Int32(b))
        }

        // Pins: each must be an allowed pair; then all of them must fit.
        var pins: [(pilot: Int32, peer: Int32)] = []
        var pinsOf: [Int: [PairKey]] = [:]
        for pin in data.pins {
            for (id, role) in [(pin.pilot, CityRole.pilot), (pin.peer, .peer)] {
                guard let k = position[id] else {
                    throw MatchError.pinUnknownCity(pin: pin, city: id,
                                                    suggestions: Suggestions.closest(to: id, in: cities.lazy.map(\.id)))
                }
                if cities[k].role != role {
                    throw MatchError.pinWrongRole(pin: pin, city: id, expected: role, actual: cities[k].role)
                }
            }
            let a = position[pin.pilot]!, b = position[pin.peer]!
            if !scorer.sharesArea(a, b) { throw MatchError.pinNoSharedArea(pin: pin) }
            if excluded.contains(pin) { throw MatchError.pinExcluded(pin: pin) }
            if activePairs.contains(pin) { throw MatchError.pinAlreadyPaired(pin: pin) }
            pins.append((Int32(a), Int32(b)))
            pinsOf[a, default: []].append(pin)
            pinsOf[b, default: []].append(pin)
            blocked[Int32(a), default: []].append(Int32(b))
        }
        pins.sort { ($0.pilot, $0.peer) < ($1.pilot, $1.peer) }
        // Report the first city (by id) whose pins do not fit.
        for k in pinsOf.keys.sorted() {
            let list = pinsOf[k]!.sorted()
            let capacity = cities[k].effectiveCapacity
            if Int(active[k]) + list.count > capacity {
                throw MatchError.pinsExceedCapacity(city: cities[k].id, capacity: capacity,
                                                    active: Int(active[k]), pins: list)
            }
        }
        var left = [Int32](repeating: 0, count: cities.count)
        for (i, c) in cities.enumerated() where c.role != .member {
            left[i] = Int32(max(0, c.effectiveCapacity - Int(active[i]) - (pinsOf[i]?.count ?? 0)))
        }
        for k in blocked.keys { blocked[k]!.sort() }
        activeCount = active
        capacityLeft = left
        self.pins = pins
        blockedPeers = blocked
    }

    /// True when the run may propose `pilot`–`peer`: roles right, a shared
    /// area, not excluded, not actively paired, not already pinned. O(log blocked).
    public func mayPropose(pilot: Int, peer: Int) -> Bool {
        let c = data.cities
        guard c[pilot].role == .pilot, c[peer].role == .peer, scorer.sharesArea(pilot, peer) else { return false }
        return !isBlocked(pilot: Int32(pilot), peer: Int32(peer))
    }

    @inline(__always)
    func isBlocked(pilot: Int32, peer: Int32) -> Bool {
        guard let list = blockedPeers[pilot] else { return false }
        return Self.contains(list, peer)
    }

    /// Pilots and peers that can still take a partner, ascending.
    var pilotsWithRoom: [Int32] { pilots.filter { capacityLeft[Int($0)] > 0 } }
    var peersWithRoom: [Int32] { peers.filter { capacityLeft[Int($0)] > 0 } }

    /// Binary search in an ascending list.
    static func contains(_ list: [Int32], _ x: Int32) -> Bool { position(of: x, in: list) != nil }

    /// Position of `x` in an ascending list, by binary search.
    static func position(of x: Int32, in list: [Int32]) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if list[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && list[lo] == x ? lo : nil
    }
}
