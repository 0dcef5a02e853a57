import Dispatch
import HeapModule

/// The `optimal` algorithm (MATCHING.md): among all sets of allowed pairs
/// within capacities, the most pairs, then the highest total score, exactly.
///
/// **Method.** Min-cost flow by successive shortest paths with potentials
/// (the Hungarian method for bipartite b-matching). Each pair is worth
/// `B + score`, where `B` is a symbolic unit larger than any sum of scores
/// (`Lex`, compared lexicographically), so one solve maximises the count
/// first and the score second with no big constant that could overflow.
/// Pilots are served one unit of capacity at a time, in id order: Dijkstra
/// from the pilot over reduced costs, stopping at the first peer with
/// capacity left, or at the pilot's "unused unit" edge (weight 0) when no
/// augmenting path is worth more; then the duals of the scanned vertices are
/// updated and the path is flipped. Every search ends, and a unit stays
/// unused only when no augmenting path exists.
///
/// **Pruning, made exact by a certificate.** A city of the scarcer side with
/// capacity `c` rarely needs more than its best few candidates, so the solver
/// first keeps only its top `4c + 32` candidates (by score, then id). The final
/// duals satisfy complementary slackness on that sparse graph (primal value =
/// dual value); they prove optimality on the full graph when every dropped
/// pair is dual-feasible too: at once when `u(pilot) ≥ B + best dropped
/// score` (the other side's duals are ≥ 0), else pair by pair. The pairs the
/// duals cannot vouch for are added (or, when they outnumber the list, the
/// list grows 4×) and the solve repeats, continuing from the previous
/// round's flow and duals (`SparseGraph+WarmStart`), so the answer is always a proven
/// optimum (the tests check the certificate on every allowed pair). When the
/// two sides have about as many units of capacity (within 20%), lists start
/// 4× longer, since the sides compete hard. Among equal scores at the cut a
/// city keeps the candidates met first from its own offset (see
/// `CandidateLists.top`), so that ties do not make every city keep the same few.
/// Timings per roster shape: docs/MATCHING-ENGINE.md.
///
/// **Tie-breaking.** Among several optimal matchings the result is the one
/// this procedure reaches, which depends only on the input: candidates are
/// kept as above and ordered by score, then id (byte order); the scarcer side is served in id
/// order; among vertices at equal distance Dijkstra takes the other side's
/// vertices first, then the later one in id order; later rounds continue from
/// the previous one (so the answer is the optimum the warm-started rounds
/// reach, not a cold solve's of the final graph). No hashing or address order is
/// involved, so equal input gives byte-identical output.
///
/// **Complexity.** Candidate selection is O(pilots × peers) score
/// evaluations (a few instructions each, on two threads). Each search is
/// O(E log V) in the worst case on the sparse graph (E ≈ Σ(4c + 32) edges)
/// but usually stops after a handful of vertices; there is one search per
/// unit of pilot capacity. Memory O(cities + E). At 13,000 cities: about
/// 30 ms on two cores.
public enum OptimalMatcher {
    /// The new pairs (pilot, peer positions in `problem.data.cities`), pins excluded.
    public static func solve(_ problem: MatchProblem) -> [(pilot: Int32, peer: Int32)] {
        solveCertified(problem).pairs
    }

    /// The pairs, and LP duals that prove them optimal on the full graph.
    struct Certificate {
        /// Pilots and peers with capacity left (positions), and their duals in `Lex` units.
        var pilots: [Int32], peers: [Int32]
        var u: [Lex], v: [Lex]
        var pairs: [(pilot: Int32, peer: Int32)]
        /// Solves needed (1 when the first pruning sufficed).
        var rounds: Int
        /// True when the peers' lists were pruned (peers the scarcer side).
        var peersFirst: Bool
        /// Reserved slots the warm-started rounds gave up (`settleReserved`; tests check it runs).
        var slotsGivenUp = 0
    }

    /// `initialLimit(c)`: candidates first kept for a pilot with capacity `c`
    /// left (tests make it tiny to exercise the certificate and regrowth).
    static func solveCertified(_ problem: MatchProblem, initialLimit: ((Int) -> Int)? = nil) -> Certificate {
        solveCertified(problem, initialLimit: initialLimit, control: .none)!
    }

    /// The same, nil when `control` cancelled it.
    static func solveCertified(_ problem: MatchProblem, initialLimit: ((Int) -> Int)? = nil,
                               control: MatchControl) -> Certificate? {
        let pilots = problem.pilotsWithRoom, peers = problem.peersWithRoom
        guard !pilots.isEmpty, !peers.isEmpty else {
            return Certificate(pilots: pilots, peers: peers, u: pilots.map { _ in .zero }, v: peers.map { _ in .zero },
                               pairs: [], rounds: 0, peersFirst: false)
        }
        // Prune the lists of the scarcer side: its units are all used in most
        // optimal matchings, so its duals carry the `B` and certify the dropped
        // pairs. (Pruning the plentiful side instead can need nearly every pair.)
        let slots = { (cities: [Int32]) in cities.reduce(0) { $0 + Int(problem.capacityLeft[Int($1)]) } }
        let pilotSlots = slots(pilots), peerSlots = slots(peers)
        let peersFirst = peerSlots < pilotSlots
        let left = peersFirst ? peers : pilots, right = peersFirst ? pilots : peers
        var blocked = problem.blockedPeers
        if peersFirst {
            var inverted: [Int32: [Int32]] = [:]
            for p in problem.blockedPeers.keys.sorted() { for q in problem.blockedPeers[p]! { inverted[q, default: []].append(p) } }
            blocked = inverted
        }
        var lists = CandidateLists(problem: problem, left: left, right: right, blocked: blocked)
        // Sides with about as many units compete hard for each other: longer
        // lists up front save repeated solves (balanced 13,000-city rosters:
        // 2.0 s → 0.8 s; the usual shape pays 30 ms more for it, so only then).
        let balanced = 5 * min(pilotSlots, peerSlots) >= 4 * max(pilotSlots, peerSlots)
        let initial = initialLimit ?? (balanced ? { 16 * $0 + 128 } : { 4 * $0 + 32 })
        let limit = left.map { max(1, initial(Int(problem.capacityLeft[Int($0)]))) }
        lists.selectAll(limits: limit)
        var rounds = 0
        var inList = [Bool](repeating: false, count: right.count)
        let pilotCapacity = left.map { problem.capacityLeft[Int($0)] }, peerCapacity = right.map { problem.capacityLeft[Int($0)] }
        var previous: SparseGraph?
        var slotsGivenUp = 0
        while true {
            rounds += 1
            // Round 1 cold; later rounds continue the previous one (SparseGraph+WarmStart).
            var graph: SparseGraph
            if let previous {
                graph = SparseGraph(lists: lists, pilotCapacity: pilotCapacity, peerCapacity: peerCapacity, continuing: previous)
                guard graph.solve(control: control, warm: true) else { return nil }
                slotsGivenUp += graph.settleReserved()
            } else {
                graph = SparseGraph(lists: lists, pilotCapacity: pilotCapacity, peerCapacity: peerCapacity)
                guard graph.solve(control: control) else { return nil }
            }
            assert(graph.optimalityViolations().isEmpty, "round \(rounds): \(graph.optimalityViolations().prefix(3))")
            // Dropped pairs must be dual-feasible: u(l) + v(r) ≥ B + w. Since v ≥ 0,
            // u(l) ≥ B + best dropped score settles a city at once; otherwise each
            // of its dropped pairs is checked.
            var failing: [(Int, [(peer: Int32, score: Int64)])] = []
            for i in left.indices {
                guard let dropped = lists.bestDropped[i], graph.u[i] < Lex(hi: 1, lo: dropped) else { continue }
                let missing = lists.infeasibleDroppedPairs(of: i, u: graph.u[i], v: graph.v, scratch: &inList)
                if !missing.isEmpty { failing.append((i, missing)) }
            }
            if failing.isEmpty {
                var out: [(pilot: Int32, peer: Int32)] = []
                out.reserveCapacity(graph.matchedCount)
                for e in 0..<graph.edgePeer.count where graph.matched[e] {
                    let l = left[Int(graph.edgePilot[e])], r = right[Int(graph.edgePeer[e])]
                    out.append(peersFirst ? (r, l) : (l, r))
                }
                return Certificate(pilots: peersFirst ? right : left, peers: peersFirst ? left : right,
                                   u: peersFirst ? graph.v : graph.u, v: peersFirst ? graph.u : graph.v,
                                   pairs: out, rounds: rounds, peersFirst: peersFirst, slotsGivenUp: slotsGivenUp)
            }
            // Add the pairs the duals could not vouch for (or, when they are many,
            // the best 4× as many candidates), then solve again.
            for (i, missing) in failing {
                if missing.count <= lists.lists[i].count {
                    lists.add(missing, to: i)
                } else {
                    lists.grow(pilot: i, limit: 4 * lists.lists[i].count)
                }
            }
            previous = graph
        }
    }
}

/// A number `hi · B + lo` where `B` outweighs any sum of scores: pair count
/// first, score second. Ordered lexicographically.
struct Lex: Comparable, Sendable {
    var hi: Int64
    var lo: Int64

    static let zero = Lex(hi: 0, lo: 0)
    static let infinity = Lex(hi: .max, lo: .max)

    @inline(__always) static func + (a: Lex, b: Lex) -> Lex { Lex(hi: a.hi &+ b.hi, lo: a.lo &+ b.lo) }
    @inline(__always) static func - (a: Lex, b: Lex) -> Lex { Lex(hi: a.hi &- b.hi, lo: a.lo &- b.lo) }
    @inline(__always) static func < (a: Lex, b: Lex) -> Bool { a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo }
}

/// Each pilot's best candidates (score desc, then peer id asc), and the best
/// score among the candidates left out.
struct CandidateLists {
    let problem: MatchProblem
    /// The side whose lists are pruned (pilots, or peers when they are the
    /// scarcer side) and the other side, as city positions ascending.
    let left: [Int32]
    let right: [Int32]
    /// Per left city: right cities it may not be paired with, ascending.
    let blocked: [Int32: [Int32]]
    let packedRight: [ScoreKernel.Packed]
    /// Per pilot: (peer index into `right`, score micros), best first.
    var lists: [[(peer: Int32, score: Int64)]]
    /// Per pilot: the best score left out, nil when nothing was left out.
    var bestDropped: [Int64?]

    init(problem: MatchProblem, left: [Int32], right: [Int32], blocked: [Int32: [Int32]]) {
        self.problem = problem
        self.blocked = blocked
        self.left = left
        self.right = right
        lists = Array(repeating: [], count: left.count)
        packedRight = right.map { problem.kernel.packed[Int($0)] }
        bestDropped = Array(repeating: nil, count: left.count)
    }

    /// Keeps the top `limit` candidates of pilot `i`. O(right + kept × limit).
    mutating func select(pilot i: Int, limit: Int) {
        let (kept, dropped) = Self.top(of: left[i], limit: limit, offset: offset(i), problem: problem, right: right,
                                       packedRight: packedRight, blocked: blocked)
        lists[i] = kept
        bestDropped[i] = dropped
    }

    /// Keeps the top `limit` candidates of pilot `i` and every candidate it
    /// had (pairs added after a round may rank below the new cut; the next
    /// round continues from the flow on them).
    mutating func grow(pilot i: Int, limit: Int) {
        let old = lists[i]
        select(pilot: i, limit: limit)
        let kept = Set(lists[i].map(\.peer))
        let back = old.filter { !kept.contains($0.peer) }
        if !back.isEmpty { add(back, to: i) }
    }

    /// The allowed pairs of left city `i` left out of its list with
    /// u + v(r) < B + score, best first. O(right). `scratch` is all false on
    /// entry and exit.
    func infeasibleDroppedPairs(of i: Int, u: Lex, v: [Lex], scratch: inout [Bool]) -> [(peer: Int32, score: Int64)] {
        for c in lists[i] { scratch[Int(c.peer)] = true }
        defer { for c in lists[i] { scratch[Int(c.peer)] = false } }
        let kernel = problem.kernel
        let me = kernel.packed[Int(left[i])]
        let blocked = self.blocked[left[i]] ?? []
        var out: [(peer: Int32, score: Int64)] = []
        for j in 0..<packedRight.count where !scratch[j] {
            guard let s = kernel.scoreMicros(me, packedRight[j]) else { continue }
            if u + v[j] < Lex(hi: 1, lo: s) && !MatchProblem.contains(blocked, right[j]) { out.append((Int32(j), s)) }
        }
        return out
    }

    /// Adds pairs to left city `i`'s list, keeping it best first (score desc, then index).
    mutating func add(_ pairs: [(peer: Int32, score: Int64)], to i: Int) {
        lists[i] += pairs
        lists[i].sort { $0.score != $1.score ? $0.score > $1.score : $0.peer < $1.peer }
    }

    /// Selects for every pilot at once, on two threads (left are independent).
    mutating func selectAll(limits: [Int]) {
        let n = left.count
        let out = ResultSlots(count: n)
        let problem = self.problem, left = self.left, right = self.right, packed = self.packedRight, blocked = self.blocked
        let threads = n >= 64 ? 2 : 1
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            // Interleaved, so both threads get left of every capacity.
            for i in stride(from: t, to: n, by: threads) {
                out.set(i, Self.top(of: left[i], limit: limits[i], offset: i * right.count / n, problem: problem, right: right,
                                    packedRight: packed, blocked: blocked))
            }
        }
        for i in 0..<n {
            let r = out.get(i)
            lists[i] = r.kept
            bestDropped[i] = r.dropped
        }
        out.free()
    }

    /// Where left city `i` starts scanning the other side: spread evenly, so
    /// that among candidates of equal score different cities keep different
    /// ones (see `top`).
    func offset(_ i: Int) -> Int { i * right.count / left.count }

    /// The best `limit` candidates of `pilot`: highest score first; among
    /// equal scores at the cut, those met first scanning from `offset`
    /// onwards (cyclically). Without that, every city would keep the same
    /// lowest ids among ties and they would all compete for them: with
    /// identical profiles 1,300 pilots kept the same 44 peers and the lists
    /// had to grow to millions of pairs. The kept list is then ordered by
    /// score, then id, as the solver expects; when nothing is left out, the
    /// offset changes nothing.
    static func top(of pilot: Int32, limit: Int, offset: Int, problem: MatchProblem, right: [Int32],
                    packedRight: [ScoreKernel.Packed], blocked: [Int32: [Int32]]) -> (kept: [(peer: Int32, score: Int64)], dropped: Int64?) {
        let kernel = problem.kernel
        let me = kernel.packed[Int(pilot)]
        var top = TopK(limit: limit, blocked: blocked[pilot] ?? [], right: right)
        packedRight.withUnsafeBufferPointer { q in
            if let w = kernel.singleWeight, kernel.oneWord, kernel.scorer == nil {
                // The common case (one weight, ≤ 21 areas, ≤ 64 languages): branch-free
                // scoring, as whether a pair shares an area is a coin toss for the predictor.
                let lb = kernel.languageBonus, rb = kernel.regionBonus
                let region = me.region >= 0 ? me.region : -2
                let code = me.c0, languages = me.languages
                let fast = top.blocked.isEmpty
                for j in offset..<q.count + offset {
                    let j = j < q.count ? j : j - q.count
                    let x = code & q[j].c0
                    let s = w &* Int64(x.nonzeroBitCount)
                        &+ (languages & q[j].languages != 0 ? lb : 0)
                        &+ (q[j].region == region ? rb : 0)
                    let score = x == 0 ? Int64.min : s
                    if fast && score <= top.cut {
                        top.dropped = max(top.dropped, score)
                        continue
                    }
                    if x == 0 { continue }
                    top.consider(j, score)
                }
            } else {
                for j in offset..<q.count + offset {
                    let j = j < q.count ? j : j - q.count
                    guard let s = kernel.scoreMicros(me, q[j]) else { continue }
                    top.consider(j, s)
                }
            }
        }
        top.finish()
        if offset > 0 { top.kept.sort { $0.score != $1.score ? $0.score > $1.score : $0.peer < $1.peer } }
        return (top.kept, top.dropped == .min ? nil : top.dropped)
    }
}

/// The best `limit` candidates seen so far (score desc, then in the order
/// met) and the best score left out.
struct TopK {
    let limit: Int
    let blocked: [Int32]
    let right: [Int32]
    var kept: [(peer: Int32, score: Int64)] = []
    /// The worst kept score once `kept` is full; below it nothing gets in.
    var cut = Int64.min
    var dropped = Int64.min

    /// Long lists (a pilot with a large capacity) are collected unordered and
    /// sorted once in `finish`: insertion into a list of thousands is quadratic
    /// (a pilot with capacity 3,000 took 0.5 s that way). Same result.
    let collectThenSort: Bool

    init(limit: Int, blocked: [Int32], right: [Int32]) {
        self.limit = limit
        self.blocked = blocked
        self.right = right
        collectThenSort = limit > 256
        kept.reserveCapacity(collectThenSort ? right.count : min(limit, right.count) + 1)
    }

    @inline(__always)
    mutating func consider(_ j: Int, _ s: Int64) {
        if !blocked.isEmpty && MatchProblem.contains(blocked, right[j]) { return }
        if collectThenSort {
            kept.append((Int32(j), s))
            return
        }
        if kept.count == limit && s <= cut {
            if s > dropped { dropped = s }
            return
        }
        // Among equal scores the one met first stays first.
        var k = kept.count
        kept.append((Int32(j), s))
        while k > 0 && kept[k - 1].score < s {
            kept[k] = kept[k - 1]
            k -= 1
        }
        kept[k] = (Int32(j), s)
        if kept.count > limit {
            let out = kept.removeLast()
            if out.score > dropped { dropped = out.score }
        }
        if kept.count == limit { cut = kept[limit - 1].score }
    }

    /// Orders a collected list and keeps its best `limit` (score desc, then in the order met).
    mutating func finish() {
        guard collectThenSort else { return }
        var order = [Int32](repeating: 0, count: right.count) // arrival rank by peer index
        for (k, c) in kept.enumerated() { order[Int(c.peer)] = Int32(k) }
        kept.sort { $0.score != $1.score ? $0.score > $1.score : order[Int($0.peer)] < order[Int($1.peer)] }
        if kept.count > limit {
            dropped = max(dropped, kept[limit].score)
            kept.removeLast(kept.count - limit)
        }
    }
}

/// Per-pilot results written by the selection threads: each slot is written
/// by exactly one thread and read only after `concurrentPerform` returns, so
/// no two threads ever touch the same memory.
private struct ResultSlots: @unchecked Sendable {
    typealias Slot = (kept: [(peer: Int32, score: Int64)], dropped: Int64?)
    let base: UnsafeMutableBufferPointer<Slot>

    init(count: Int) {
        base = .allocate(capacity: count)
        base.initialize(repeating: ([], nil))
    }

    func set(_ i: Int, _ value: Slot) { base[i] = value }
    func get(_ i: Int) -> Slot { base[i] }
    func free() {
        base.deinitialize()
        base.deallocate()
    }
}

/// The sparse bipartite graph of kept candidates, with the primal–dual solver.
struct SparseGraph {
    let pilotCount: Int
    let peerCount: Int
    /// CSR: edges of pilot i are `edgeStart[i]..<edgeStart[i+1]`.
    var edgeStart: [Int32]
    var edgePilot: [Int32]
    var edgePeer: [Int32]
    var edgeWeight: [Int64]
    var matched: [Bool]
    /// Matched edges at each peer: a linked list through `nextAtPeer`.
    var headAtPeer: [Int32]
    var nextAtPeer: [Int32]
    /// Per pilot: units still to place. Per peer: room left.
    var pilotLeft: [Int32]
    var peerLeft: [Int32]
    let peerCapacity: [Int32]
    /// Per pilot: units left unused (a search ended at the sink through it).
    var unused: [Int32]
    /// Per peer: slots a warm-started round took from it and must fill again
    /// or give up (see `SparseGraph(lists:continuing:)`); 0 in a cold round.
    var reserved: [Int32]
    /// Duals, `Lex` units. Unmatched edges keep u + v ≥ B + w; matched ones u + v ≤ B + w.
    var u: [Lex]
    var v: [Lex]
    var matchedCount = 0
    /// Per pilot: its first edge not matched; all before it are (a pilot's best
    /// edges fill first, so scans skip them: a pilot with capacity 3,000 no
    /// longer reads its 3,000 matched edges on each of its searches).
    var firstOpen: [Int32]

    init(lists: CandidateLists, pilotCapacity: [Int32], peerCapacity: [Int32]) {
        pilotCount = pilotCapacity.count
        peerCount = peerCapacity.count
        var start: [Int32] = [0]
        var ep: [Int32] = [], eq: [Int32] = [], ew: [Int64] = []
        let total = lists.lists.reduce(0) { $0 + $1.count }
        ep.reserveCapacity(total); eq.reserveCapacity(total); ew.reserveCapacity(total)
        for (i, list) in lists.lists.enumerated() {
            for c in list {
                ep.append(Int32(i)); eq.append(c.peer); ew.append(c.score)
            }
            start.append(Int32(ep.count))
        }
        edgeStart = start
        firstOpen = Array(start.dropLast())
        edgePilot = ep
        edgePeer = eq
        edgeWeight = ew
        matched = Array(repeating: false, count: ew.count)
        headAtPeer = Array(repeating: -1, count: peerCount)
        nextAtPeer = Array(repeating: -1, count: ew.count)
        pilotLeft = pilotCapacity
        self.peerCapacity = peerCapacity
        unused = Array(repeating: 0, count: pilotCount)
        reserved = Array(repeating: 0, count: peerCount)
        peerLeft = peerCapacity
        u = Array(repeating: .zero, count: pilotCount)
        v = Array(repeating: .zero, count: peerCount)
    }

    /// Reduced cost of edge e: u + v − (B + w). ≥ 0 unmatched, ≤ 0 matched.
    @inline(__always)
    func slack(_ e: Int) -> Lex {
        u[Int(edgePilot[e])] + v[Int(edgePeer[e])] - Lex(hi: 1, lo: edgeWeight[e])
    }

    /// Successive shortest paths, one pilot unit at a time (pilots in id
    /// order). Each pilot may also leave a unit unused (a "dummy" edge of
    /// weight 0 to the sink), so every search ends, and a unit stays unused
    /// only when no augmenting path exists: the most pairs come first because
    /// every real pair is worth `B` more than an unused unit.
    /// False when `control` cancelled it.
    /// `warm`: the graph continues a previous round (duals and flow already
    /// set, only the units in `pilotLeft` to place; ends also at `reserved`
    /// slots).
    mutating func solve(control: MatchControl = .none, warm: Bool = false) -> Bool {
        for i in 0..<pilotCount where !warm {
            var best = Int64.min
            for e in Int(edgeStart[i])..<Int(edgeStart[i + 1]) { best = max(best, edgeWeight[e]) }
            u[i] = best == .min ? .zero : Lex(hi: 1, lo: best)
        }
        let sink = pilotCount + peerCount
        var dist = Array(repeating: Lex.infinity, count: sink + 1)
        var via = Array(repeating: Int32(-1), count: sink + 1) // edge (or pilot, for the sink) that reached the node
        var done = Array(repeating: false, count: sink + 1)
        var touched: [Int32] = []
        var scanned: [Int32] = []
        var heap = Heap<HeapEntry>()
        // Per pilot: edges before this one lead to full peers (peers only fill up).
        var pastFull = Array(edgeStart.dropLast())
        for source in 0..<pilotCount {
            if source & 63 == 0 {
                if control.isCancelled() { return false }
                control.progress(Double(source) / Double(pilotCount))
            }
            while pilotLeft[source] > 0 {
                // Most searches end at once, on a tight edge of the source to a
                // free peer: then nothing else changes (no dual moves, the path
                // is that edge), so match it without the search. Same result.
                if let e = tightFreeEdge(of: source, from: &pastFull) {
                    pilotLeft[source] -= 1
                    let q = Int(edgePeer[e])
                    if reserved[q] > 0 { reserved[q] -= 1 } else { peerLeft[q] -= 1 }
                    matchedCount += 1
                    match(e)
                    continue
                }
                for t in touched { dist[Int(t)] = .infinity; via[Int(t)] = -1; done[Int(t)] = false }
                touched.removeAll(keepingCapacity: true)
                scanned.removeAll(keepingCapacity: true)
                heap = Heap<HeapEntry>()
                dist[source] = .zero
                touched.append(Int32(source))
                heap.insert(HeapEntry(d: .zero, node: Int32(source)))
                var bound = Lex.infinity
                var target = -1
                // The nearest end (free peer or sink) reached so far, in heap order.
                // Ends are not queued: the search stops at the first one it would
                // pop, which is this one as soon as no queued node comes before it.
                // Nothing farther than it can be popped first, so farther nodes are
                // not queued either.
                var end: HeapEntry?
                var nearestEnd: Lex { end?.d ?? .infinity }
                while true {
                    if let e = end, heap.min.map({ !($0 < e) }) ?? true {
                        bound = e.d
                        target = Int(e.node)
                        break
                    }
                    guard let top = heap.popMin() else { break }
                    let n = Int(top.node)
                    if done[n] || dist[n] < top.d { continue }
                    done[n] = true
                    scanned.append(top.node)
                    if n < pilotCount {
                        let un = u[n]
                        // Leaving a unit of this pilot unused costs its dual.
                        let toSink = top.d + un
                        if toSink < dist[sink] {
                            if dist[sink] == .infinity { touched.append(Int32(sink)) }
                            dist[sink] = toSink
                            via[sink] = Int32(n)
                            offer(HeapEntry(d: toSink, node: Int32(sink)), &end)
                        }
                        for e in Int(firstOpen[n])..<Int(edgeStart[n + 1]) {
                            // Edges come best score first and v ≥ 0, so this lower bound
                            // only grows along the list: past the nearest end, stop
                            // (strictly past it, so ties are met exactly as before). A
                            // pilot with thousands of units thus no longer rescans its
                            // whole list for each unit.
                            let low = top.d + un - Lex(hi: 1, lo: edgeWeight[e])
                            if nearestEnd < low { break }
                            if matched[e] { continue }
                            let q = Int(edgePeer[e])
                            let nd = low + v[q]
                            let node = pilotCount + q
                            if nd < dist[node] {
                                let free = peerLeft[q] > 0 || reserved[q] > 0
                                // A node the heap would give after the nearest end is never popped.
                                if !(free && nd == top.d), let end, !(HeapEntry(d: nd, node: Int32(node)) < end) { continue }
                                if dist[node] == .infinity { touched.append(Int32(node)) }
                                dist[node] = nd
                                via[node] = Int32(e)
                                // A free peer as near as the vertex being scanned cannot be beaten.
                                if nd == top.d && free { target = node; bound = nd; break }
                                if free {
                                    offer(HeapEntry(d: nd, node: Int32(node)), &end)
                                } else {
                                    // A full peer leads only back to its pilots: relax them now
                                    // instead of queueing the peer. Its pilots enter the heap with
                                    // the keys the peer's scan would give them, after the peer's
                                    // own key, so the order of pops is unchanged; the peer's dual
                                    // is updated below with the other reached peers. (Queueing
                                    // every full peer cost 5.6 million heap pushes with 20
                                    // pilots of capacity 200–800.)
                                    var f = Int(headAtPeer[q])
                                    while f >= 0 {
                                        let p = Int(edgePilot[f])
                                        let pd = nd - slack(f) // reverse of a matched edge costs −slack ≥ 0
                                        if pd < dist[p], end.map({ HeapEntry(d: pd, node: Int32(p)) < $0 }) ?? true {
                                            if dist[p] == .infinity { touched.append(Int32(p)) }
                                            dist[p] = pd
                                            via[p] = Int32(f)
                                            heap.insert(HeapEntry(d: pd, node: Int32(p)))
                                        } else if pd == dist[p] && !done[p] && via[p] >= 0 {
                                            // As near: the peer the heap would have given first keeps the pilot.
                                            let old = pilotCount + Int(edgePeer[Int(via[p])])
                                            if HeapEntry(d: nd, node: Int32(node)) < HeapEntry(d: dist[old], node: Int32(old)) { via[p] = Int32(f) }
                                        }
                                        f = Int(nextAtPeer[f])
                                    }
                                }
                            }
                        }
                        if target >= 0 { break }
                    } else {
                        let q = n - pilotCount
                        var f = Int(headAtPeer[q])
                        while f >= 0 {
                            let p = Int(edgePilot[f])
                            let nd = top.d - slack(f) // reverse of a matched edge costs −slack ≥ 0
                            if nd < dist[p] {
                                if let end, !(HeapEntry(d: nd, node: Int32(p)) < end) { f = Int(nextAtPeer[f]); continue }
                                if dist[p] == .infinity { touched.append(Int32(p)) }
                                dist[p] = nd
                                via[p] = Int32(f)
                                heap.insert(HeapEntry(d: nd, node: Int32(p)))
                            }
                            f = Int(nextAtPeer[f])
                        }
                    }
                }
                // Dual update on the scanned vertices keeps every reduced cost ≥ 0
                // and makes the path found tight.
                for s in scanned {
                    let n = Int(s)
                    let delta = bound - dist[n]
                    if n < pilotCount { u[n] = u[n] - delta } else { v[n - pilotCount] = v[n - pilotCount] + delta }
                }
                // Peers are never scanned now; those reached nearer than the target
                // have their final distance (they were relaxed from scanned pilots).
                for t in touched where t >= pilotCount && t < sink && dist[Int(t)] < bound {
                    let n = Int(t)
                    v[n - pilotCount] = v[n - pilotCount] + (bound - dist[n])
                }
                pilotLeft[source] -= 1
                var e: Int
                if target == sink {
                    // The unit stays unused, or a pilot on the path gives up a peer for it.
                    let p = Int(via[sink])
                    unused[p] += 1
                    let f = Int(via[p])
                    if f < 0 { continue }
                    unmatch(f)
                    e = Int(via[pilotCount + Int(edgePeer[f])])
                } else {
                    if reserved[target - pilotCount] > 0 { reserved[target - pilotCount] -= 1 } else { peerLeft[target - pilotCount] -= 1 }
                    matchedCount += 1
                    e = Int(via[target])
                }
                while true {
                    match(e)
                    let f = Int(via[Int(edgePilot[e])])
                    if f < 0 { break }
                    unmatch(f)
                    e = Int(via[pilotCount + Int(edgePeer[f])])
                }
            }
        }
        // A pilot whose every unit went unused may end with u < 0; its LP dual
        // is then max(u, 0) (the bound on unused units absorbs the rest).
        for i in 0..<pilotCount where u[i] < .zero { u[i] = .zero }
        return true
    }

    /// The edge a search from `source` would end on while scanning the source
    /// itself, when it ends there at distance 0: the first unmatched edge in
    /// list order to a peer with room, if it is tight. (Edges come best score
    /// first, so an earlier free peer would be nearer; the source's own
    /// unused unit, at `u ≥ 0`, is not nearer; full peers reached on the way
    /// change nothing once the search stops at distance 0.) In a warm round a
    /// reserved slot counts as room; an end at distance 0 is still a shortest
    /// path. Nil when the search must run.
    func tightFreeEdge(of source: Int, from pastFull: inout [Int32]) -> Int? {
        guard !(u[source] < .zero) else { return nil }
        let end = Int(edgeStart[source + 1])
        var e = max(Int(firstOpen[source]), Int(pastFull[source]))
        // Only a scan from `pastFull` may move it (edges skipped as matched may lead to peers with room).
        var prefix = e == Int(pastFull[source])
        while e < end {
            if peerLeft[Int(edgePeer[e])] == 0 && reserved[Int(edgePeer[e])] == 0 {
                if prefix { pastFull[source] = Int32(e + 1) }
            } else {
                prefix = false
                if !matched[e] { return slack(e) == .zero ? e : nil }
            }
            e += 1
        }
        return nil
    }

    /// Keeps the nearer end, in the heap's order (distance, then later node first).
    @inline(__always)
    func offer(_ x: HeapEntry, _ end: inout HeapEntry?) {
        if end.map({ x < $0 }) ?? true { end = x }
    }

    mutating func match(_ e: Int) {
        matched[e] = true
        let p = Int(edgePilot[e])
        if firstOpen[p] == Int32(e) {
            var k = e
            while k < Int(edgeStart[p + 1]) && matched[k] { k += 1 }
            firstOpen[p] = Int32(k)
        }
        let q = Int(edgePeer[e])
        nextAtPeer[e] = headAtPeer[q]
        headAtPeer[q] = Int32(e)
    }

    mutating func unmatch(_ e: Int) {
        matched[e] = false
        let p = Int(edgePilot[e])
        firstOpen[p] = min(firstOpen[p], Int32(e))
        let q = Int(edgePeer[e])
        if headAtPeer[q] == Int32(e) {
            headAtPeer[q] = nextAtPeer[e]
        } else {
            var f = Int(headAtPeer[q])
            while nextAtPeer[f] != Int32(e) { f = Int(nextAtPeer[f]) }
            nextAtPeer[f] = nextAtPeer[e]
        }
        nextAtPeer[e] = -1
    }

}

struct HeapEntry: Comparable {
    var d: Lex
    var node: Int32
    /// Equal distances: peers (higher node numbers) first, so a search on a
    /// plateau of ties ends at a free peer before it scans every pilot.
    static func < (a: HeapEntry, b: HeapEntry) -> Bool { a.d != b.d ? a.d < b.d : a.node > b.node }
}

