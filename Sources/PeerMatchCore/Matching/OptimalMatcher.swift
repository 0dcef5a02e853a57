import HeapModule

/// The `optimal` algorithm (MATCHING.md): among all sets of allowed pairs
/// within capacities, the most pairs, then the highest total score, exactly.
///
/// **Method.** A primal–dual (Hungarian / successive-shortest-path) solver for
/// bipartite b-matching, with weight `B + score` per pair where `B` is a
/// symbolic "infinitely large" unit (`Lex`, compared lexicographically), so
/// one solve maximises the count first and the score second without any big
/// constant that could overflow. Each phase runs Dijkstra from every pilot
/// with capacity left over reduced costs (stopping at the first peer with
/// capacity left), updates the duals of the scanned vertices, then augments
/// every zero-reduced-cost path it can find by depth-first search.
///
/// **Pruning, made exact by a certificate.** A pilot with capacity `c` rarely
/// needs more than its best few candidates, so the solver first keeps only
/// each pilot's top `2c + 16` candidates (by score, then peer id). The duals
/// it ends with prove optimality on that sparse graph (weak duality: primal
/// value = dual value); they prove it on the full graph too when every dropped
/// pair is dual-feasible, i.e. `u(pilot) ≥ B + best dropped score` (peer duals
/// are ≥ 0). A pilot that fails the test gets 4× more candidates and the
/// solve repeats, so the answer is always a proven optimum.
///
/// **Tie-breaking.** Among several optimal matchings the result is the one
/// this procedure reaches, which depends only on the input: candidates are
/// ordered by score then peer id (byte order), pilots are scanned in id
/// order, and no hashing or address order is involved. Equal input therefore
/// gives byte-identical output.
///
/// **Complexity.** Candidate selection is O(pilots × peers) score
/// evaluations (no allocation per pair). Each phase is O(E log V) on the
/// sparse graph (E ≈ Σ(2c + 16) edges); the number of phases is at most the
/// number of distinct dual levels (few when scores take few values, as with
/// the default weights) and never more than the number of pairs + 1.
/// Memory O(cities + E).
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
        var phases: Int
    }

    /// `initialLimit(c)`: candidates first kept for a pilot with capacity `c`
    /// left (tests make it tiny to exercise the certificate and regrowth).
    static func solveCertified(_ problem: MatchProblem, initialLimit: (Int) -> Int = { 2 * $0 + 16 }) -> Certificate {
        let pilots = problem.pilots.filter { problem.capacityLeft[Int($0)] > 0 }
        let peers = problem.peers.filter { problem.capacityLeft[Int($0)] > 0 }
        guard !pilots.isEmpty, !peers.isEmpty else {
            return Certificate(pilots: pilots, peers: peers, u: pilots.map { _ in .zero }, v: peers.map { _ in .zero },
                               pairs: [], rounds: 0, phases: 0)
        }
        var lists = CandidateLists(problem: problem, pilots: pilots, peers: peers)
        var limit = pilots.map { max(1, initialLimit(Int(problem.capacityLeft[Int($0)]))) }
        for i in pilots.indices { lists.select(pilot: i, limit: limit[i]) }
        var rounds = 0
        while true {
            rounds += 1
            var graph = SparseGraph(lists: lists, pilotCapacity: pilots.map { problem.capacityLeft[Int($0)] },
                                    peerCapacity: peers.map { problem.capacityLeft[Int($0)] })
            graph.solve()
            // Dropped pairs must be dual-feasible: u(p) + v(q) ≥ B + w with v ≥ 0.
            var failing: [Int] = []
            for i in pilots.indices {
                guard let dropped = lists.bestDropped[i] else { continue }
                if graph.u[i] < Lex(hi: 1, lo: dropped) { failing.append(i) }
            }
            if failing.isEmpty {
                var out: [(pilot: Int32, peer: Int32)] = []
                out.reserveCapacity(graph.matchedCount)
                for e in 0..<graph.edgePeer.count where graph.matched[e] {
                    out.append((pilots[Int(graph.edgePilot[e])], peers[Int(graph.edgePeer[e])]))
                }
                return Certificate(pilots: pilots, peers: peers, u: graph.u, v: graph.v, pairs: out,
                                   rounds: rounds, phases: graph.phases)
            }
            for i in failing {
                limit[i] *= 4
                lists.select(pilot: i, limit: limit[i])
            }
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
    let pilots: [Int32]
    let peers: [Int32]
    let packedPeers: [ScoreKernel.Packed]
    /// Per pilot: (peer index into `peers`, score micros), best first.
    var lists: [[(peer: Int32, score: Int64)]]
    /// Per pilot: the best score left out, nil when nothing was left out.
    var bestDropped: [Int64?]

    init(problem: MatchProblem, pilots: [Int32], peers: [Int32]) {
        self.problem = problem
        self.pilots = pilots
        self.peers = peers
        lists = Array(repeating: [], count: pilots.count)
        packedPeers = peers.map { problem.kernel.packed[Int($0)] }
        bestDropped = Array(repeating: nil, count: pilots.count)
    }

    /// Keeps the top `limit` candidates of pilot `i`. O(peers + kept × log kept).
    mutating func select(pilot i: Int, limit: Int) {
        let kernel = problem.kernel
        let me = kernel.packed[Int(pilots[i])]
        let blocked = problem.blockedPeers[pilots[i]] ?? []
        // A bounded min-heap would do; a sorted buffer with a cut-off score is
        // simpler and, since most candidates fall below the cut, as fast.
        var kept: [(peer: Int32, score: Int64)] = []
        kept.reserveCapacity(min(limit, peers.count) + 1)
        var cut = Int64.min // the worst kept score once `kept` is full
        var dropped: Int64? = nil
        for j in 0..<packedPeers.count {
            guard let s = kernel.scoreMicros(me, packedPeers[j]) else { continue }
            if !blocked.isEmpty && MatchProblem.contains(blocked, peers[j]) { continue }
            if kept.count == limit && s <= cut {
                if dropped == nil || s > dropped! { dropped = s }
                continue
            }
            // Insert keeping score desc, peer asc (peers arrive ascending, so after equal scores).
            var k = kept.count
            kept.append((Int32(j), s))
            while k > 0 && kept[k - 1].score < s {
                kept[k] = kept[k - 1]
                k -= 1
            }
            kept[k] = (Int32(j), s)
            if kept.count > limit {
                let out = kept.removeLast()
                if dropped == nil || out.score > dropped! { dropped = out.score }
            }
            if kept.count == limit { cut = kept[limit - 1].score }
        }
        lists[i] = kept
        bestDropped[i] = dropped
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
    var pilotLeft: [Int32]
    var peerLeft: [Int32]
    /// Duals, `Lex` units. Unmatched edges keep u + v ≥ B + w; matched ones u + v ≤ B + w.
    var u: [Lex]
    var v: [Lex]
    /// The dual shared by every pilot with capacity left.
    var lambda = Lex.zero
    var matchedCount = 0
    var phases = 0

    init(lists: CandidateLists, pilotCapacity: [Int32], peerCapacity: [Int32]) {
        pilotCount = pilotCapacity.count
        peerCount = peerCapacity.count
        var start: [Int32] = [0]
        var ep: [Int32] = [], eq: [Int32] = [], ew: [Int64] = []
        let total = lists.lists.reduce(0) { $0 + $1.count }
        ep.reserveCapacity(total); eq.reserveCapacity(total); ew.reserveCapacity(total)
        var maxW = Int64.min
        for (i, list) in lists.lists.enumerated() {
            for c in list {
                ep.append(Int32(i)); eq.append(c.peer); ew.append(c.score)
                maxW = max(maxW, c.score)
            }
            start.append(Int32(ep.count))
        }
        edgeStart = start
        edgePilot = ep
        edgePeer = eq
        edgeWeight = ew
        matched = Array(repeating: false, count: ew.count)
        headAtPeer = Array(repeating: -1, count: peerCount)
        nextAtPeer = Array(repeating: -1, count: ew.count)
        pilotLeft = pilotCapacity
        peerLeft = peerCapacity
        lambda = ew.isEmpty ? .zero : Lex(hi: 1, lo: maxW)
        u = Array(repeating: lambda, count: pilotCount)
        v = Array(repeating: .zero, count: peerCount)
    }

    /// Reduced cost of edge e: u + v − (B + w). ≥ 0 unmatched, ≤ 0 matched.
    @inline(__always)
    func slack(_ e: Int) -> Lex {
        u[Int(edgePilot[e])] + v[Int(edgePeer[e])] - Lex(hi: 1, lo: edgeWeight[e])
    }

    mutating func solve() {
        if edgeWeight.isEmpty { lambda = .zero; u = Array(repeating: .zero, count: pilotCount); return }
        var dist = Array(repeating: Lex.infinity, count: pilotCount + peerCount)
        var via = Array(repeating: Int32(-1), count: pilotCount + peerCount) // edge that reached the node
        var done = Array(repeating: false, count: pilotCount + peerCount)
        var touched: [Int32] = []
        var stampP = Array(repeating: 0, count: pilotCount)
        var stampQ = Array(repeating: 0, count: peerCount)
        var stamp = 0
        var heap = Heap<HeapEntry>()
        while lambda > .zero {
            phases += 1
            // Dijkstra from every pilot with capacity left (all at distance 0).
            for t in touched { dist[Int(t)] = .infinity; via[Int(t)] = -1; done[Int(t)] = false }
            touched.removeAll(keepingCapacity: true)
            heap = Heap<HeapEntry>()
            for i in 0..<pilotCount where pilotLeft[i] > 0 {
                dist[i] = .zero
                touched.append(Int32(i))
                heap.insert(HeapEntry(d: .zero, node: Int32(i)))
            }
            if touched.isEmpty { break }
            var bound = lambda
            var target = -1
            var scanned: [Int32] = []
            while let top = heap.popMin() {
                let n = Int(top.node)
                if done[n] || dist[n] < top.d { continue }
                if !(top.d < bound) { break }
                done[n] = true
                scanned.append(top.node)
                if n < pilotCount {
                    let ui = u[n]
                    for e in Int(edgeStart[n])..<Int(edgeStart[n + 1]) where !matched[e] {
                        let q = Int(edgePeer[e])
                        let nd = top.d + ui + v[q] - Lex(hi: 1, lo: edgeWeight[e])
                        let node = pilotCount + q
                        if nd < dist[node] {
                            if dist[node] == .infinity { touched.append(Int32(node)) }
                            dist[node] = nd
                            via[node] = Int32(e)
                            heap.insert(HeapEntry(d: nd, node: Int32(node)))
                        }
                    }
                } else {
                    let q = n - pilotCount
                    if peerLeft[q] > 0 { bound = top.d; target = q; break }
                    var f = Int(headAtPeer[q])
                    while f >= 0 {
                        let p = Int(edgePilot[f])
                        let nd = top.d - slack(f) // reverse of a matched edge costs −slack ≥ 0
                        if nd < dist[p] {
                            if dist[p] == .infinity { touched.append(Int32(p)) }
                            dist[p] = nd
                            via[p] = Int32(f)
                            heap.insert(HeapEntry(d: nd, node: Int32(p)))
                        }
                        f = Int(nextAtPeer[f])
                    }
                }
            }
            // Dual update on scanned vertices (the target itself needs none).
            for s in scanned {
                let n = Int(s)
                let delta = bound - dist[n]
                if n < pilotCount { u[n] = u[n] - delta } else { v[n - pilotCount] = v[n - pilotCount] + delta }
            }
            lambda = lambda - bound
            if target < 0 { break }
            // The path Dijkstra found is now tight: augment it, then any other tight ones.
            var node = pilotCount + target
            augmentBack(from: &node, via: via)
            stamp += 1
            augmentTightPaths(stamp: stamp, stampP: &stampP, stampQ: &stampQ)
        }
    }

    /// Flips the path ending at peer node `node`, following `via` back to a source pilot.
    mutating func augmentBack(from node: inout Int, via: [Int32]) {
        let q = node - pilotCount
        peerLeft[q] -= 1
        var e = Int(via[node])
        while true {
            match(e)
            let p = Int(edgePilot[e])
            let f = Int(via[p])
            if f < 0 { pilotLeft[p] -= 1; break }
            unmatch(f)
            e = Int(via[pilotCount + Int(edgePeer[f])])
        }
        matchedCount += 1
    }

    mutating func match(_ e: Int) {
        matched[e] = true
        let q = Int(edgePeer[e])
        nextAtPeer[e] = headAtPeer[q]
        headAtPeer[q] = Int32(e)
    }

    mutating func unmatch(_ e: Int) {
        matched[e] = false
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

    /// Augments vertex-disjoint zero-reduced-cost paths from pilots with
    /// capacity left (a maximal set, found by depth-first search). Keeps every
    /// invariant, since such paths are shortest. O(E) per call.
    mutating func augmentTightPaths(stamp: Int, stampP: inout [Int], stampQ: inout [Int]) {
        // Frame: pilot, next edge to try, the forward edge into the peer before it, the matched edge into it.
        var stack: [(pilot: Int32, cursor: Int32, inEdge: Int32, inMatched: Int32)] = []
        for root in 0..<pilotCount {
            while pilotLeft[root] > 0 && stampP[root] != stamp {
                stampP[root] = stamp
                stack.removeAll(keepingCapacity: true)
                stack.append((Int32(root), edgeStart[root], -1, -1))
                var found = false
                while let top = stack.last, !found {
                    let p = Int(top.pilot)
                    var e = Int(top.cursor)
                    let end = Int(edgeStart[p + 1])
                    var pushed = false
                    while e < end {
                        let q = Int(edgePeer[e])
                        if matched[e] || stampQ[q] == stamp || slack(e) != .zero { e += 1; continue }
                        stampQ[q] = stamp
                        if peerLeft[q] > 0 {
                            // Flip the whole stack's path plus e.
                            match(e)
                            peerLeft[q] -= 1
                            for k in stride(from: stack.count - 1, through: 1, by: -1) {
                                unmatch(Int(stack[k].inMatched))
                                match(Int(stack[k].inEdge))
                            }
                            pilotLeft[root] -= 1
                            matchedCount += 1
                            found = true
                            break
                        }
                        var f = Int(headAtPeer[q])
                        var next = -1
                        while f >= 0 {
                            let p2 = Int(edgePilot[f])
                            if stampP[p2] != stamp && slack(f) == .zero { next = f; break }
                            f = Int(nextAtPeer[f])
                        }
                        e += 1
                        if next >= 0 {
                            let p2 = Int(edgePilot[next])
                            stampP[p2] = stamp
                            stack[stack.count - 1].cursor = Int32(e)
                            stack.append((Int32(p2), edgeStart[p2], Int32(e - 1), Int32(next)))
                            pushed = true
                            break
                        }
                    }
                    if found { break }
                    if !pushed { stack.removeLast() }
                }
                if !found { break }
                // A root that found a path may find another: allow it to be revisited.
                stampP[root] = stamp - 1
            }
        }
    }
}

struct HeapEntry: Comparable {
    var d: Lex
    var node: Int32
    static func < (a: HeapEntry, b: HeapEntry) -> Bool { a.d != b.d ? a.d < b.d : a.node < b.node }
}
