import HeapModule

/// An optimal `optimal` match kept as a min-cost flow with its potentials
/// (LP duals) on the FULL graph of allowed pairs, so that a small change
/// (a capacity, a pair allowed or not) is repaired by a few shortest-path
/// augmentations instead of a new solve. `MatchSession` drives it.
///
/// **Network.** Each pilot has a supply of its capacity left; a unit goes to
/// a peer (edge cost −(B + score), at most one unit per pair) or stays
/// unused (edge to the sink T, cost 0); a peer passes at most its capacity
/// left on to T. A minimum-cost flow is a match with the most pairs, then
/// the highest total score (`Lex` keeps `B` symbolic, as in `OptimalMatcher`).
///
/// **Invariant** between calls: every node is balanced, and with
/// potentials h every residual edge has reduced cost `cost + h(a) − h(b) ≥ 0`
/// (the LP certificate: u(pilot) = h − h(T), v(peer) = h(T) − h). Pairs are
/// scored on the fly from `ScoreKernel`, so no edge list is kept: a pilot's
/// outgoing edges are all its allowed peers.
///
/// **Repair.** A change first restores `reduced cost ≥ 0` locally: a new
/// residual edge that would be negative is saturated (a pair matched, a
/// peer's new room filled), which leaves some nodes with excess or deficit;
/// a removed matched pair does the same. Then `balance` pushes each unit of
/// excess to the nearest deficit along a shortest path (Dijkstra on reduced
/// costs), updating the potentials as the Hungarian method does. This is
/// successive shortest paths from a min-cost pseudo-flow, so the result is a
/// min-cost flow again: exactly optimal (the tests compare it with a
/// from-scratch solve after random edits).
///
/// **Cost.** One search scans a pilot in O(peers) score evaluations, a peer in
/// O(its partners), the sink in O(cities); an edit usually needs one to
/// four searches of a few nodes each.
struct ResidualFlow: Sendable {
    let kernel: ScoreKernel
    /// City positions of node i (pilots: 0..<P) and P + j (peers).
    let pilots: [Int32]
    let peers: [Int32]
    let packedPeers: [ScoreKernel.Packed]
    var pilotCount: Int { pilots.count }
    var sink: Int { pilots.count + peers.count }
    /// Per pilot/peer node: capacity left for this run.
    var capacity: [Int32]
    /// Potentials, pilots, peers, then the sink.
    var h: [Lex]
    /// Nodes whose potential is valid. A city with no capacity at the start
    /// gets one when it first gets capacity (`activate`).
    var live: [Bool]
    /// Per pilot: units left unused (flow to the sink). Per peer: flow to the sink.
    var unused: [Int32]
    var toSink: [Int32]
    /// Per node (sink last): supply + inflow − outflow; all zero between calls.
    var excess: [Int32]
    /// Per node: the nodes it is matched with (a pilot lists peer nodes P + j, a peer pilot nodes i).
    var partners: [[Int32]]
    /// Per pilot city position: peer city positions it may not be paired with, ascending.
    var blocked: [Int32: [Int32]]

    /// From a solve's certificate: its pairs and duals (which satisfy the
    /// invariant on the full graph, as `OptimalMatcher` proves before answering).
    init(problem: MatchProblem, certificate c: OptimalMatcher.Certificate) {
        kernel = problem.kernel
        pilots = problem.pilots
        peers = problem.peers
        packedPeers = peers.map { problem.kernel.packed[Int($0)] }
        blocked = problem.blockedPeers
        let n = pilots.count + peers.count
        capacity = (pilots + peers).map { problem.capacityLeft[Int($0)] }
        h = Array(repeating: .zero, count: n + 1)
        live = Array(repeating: false, count: n)
        unused = Array(repeating: 0, count: pilots.count)
        toSink = Array(repeating: 0, count: peers.count)
        excess = Array(repeating: 0, count: n + 1)
        partners = Array(repeating: [], count: n)
        var node = [Int32: Int32]()
        for (i, p) in pilots.enumerated() { node[p] = Int32(i) }
        for (j, q) in peers.enumerated() { node[q] = Int32(pilots.count + j) }
        for (k, p) in c.pilots.enumerated() {
            let i = Int(node[p]!)
            h[i] = c.u[k]
            live[i] = true
        }
        for (k, q) in c.peers.enumerated() {
            let m = Int(node[q]!)
            h[m] = .zero - c.v[k]
            live[m] = true
        }
        for (p, q) in c.pairs {
            let i = Int(node[p]!), m = Int(node[q]!)
            partners[i].append(Int32(m))
            partners[m].append(Int32(i))
        }
        for i in 0..<pilots.count { unused[i] = capacity[i] - Int32(partners[i].count) }
        for j in 0..<peers.count { toSink[j] = Int32(partners[pilots.count + j].count) }
    }

    // MARK: Edges

    @inline(__always)
    func score(pilot i: Int, peer j: Int) -> Int64? {
        kernel.scoreMicros(kernel.packed[Int(pilots[i])], packedPeers[j])
    }

    func isBlocked(pilot i: Int, peer j: Int) -> Bool {
        guard let list = blocked[pilots[i]] else { return false }
        return MatchProblem.contains(list, peers[j])
    }

    func isMatched(pilot i: Int, peer j: Int) -> Bool { partners[pilotCount + j].contains(Int32(i)) }

    /// Reduced cost of the pair edge pilot i → peer j (score w).
    @inline(__always)
    func reducedCost(pilot i: Int, peer j: Int, score w: Int64) -> Lex {
        h[i] - h[pilotCount + j] - Lex(hi: 1, lo: w)
    }

    // MARK: Changes (each leaves reduced costs ≥ 0; `balance` then restores the flow)

    /// Capacity left of a pilot or peer node becomes `c`.
    mutating func setCapacity(node n: Int, to c: Int32) {
        if !live[n] {
            if c == 0 { capacity[n] = 0; return }
            activate(n)
        }
        let old = capacity[n]
        capacity[n] = c
        if n < pilotCount {
            excess[n] += c - old
            excess[sink] -= c - old
            // Fewer units: give up unused ones first (no pair changes).
            let k = min(unused[n], max(0, -excess[n]))
            unused[n] -= k
            excess[n] += k
            excess[sink] -= k
        } else {
            let j = n - pilotCount
            if toSink[j] > c {
                let k = toSink[j] - c
                toSink[j] = c
                excess[n] += k
                excess[sink] -= k
            } else if toSink[j] < c && h[n] < h[sink] {
                // New room at a peer worth more than nothing: fill it, then repair.
                let k = c - toSink[j]
                toSink[j] = c
                excess[n] -= k
                excess[sink] += k
            }
        }
    }

    /// The pair may no longer be proposed (pinned, excluded, actively paired).
    mutating func block(pilot i: Int, peer j: Int) {
        let (p, q) = (pilots[i], peers[j])
        var list = blocked[p] ?? []
        if MatchProblem.position(of: q, in: list) == nil {
            list.insert(q, at: list.firstIndex { $0 > q } ?? list.count)
            blocked[p] = list
        }
        if isMatched(pilot: i, peer: j) {
            unmatch(pilot: i, peer: j)
            excess[i] += 1
            excess[pilotCount + j] -= 1
        }
    }

    /// The pair may be proposed again (when the cities share an area).
    mutating func unblock(pilot i: Int, peer j: Int) {
        let (p, q) = (pilots[i], peers[j])
        if var list = blocked[p], let k = MatchProblem.position(of: q, in: list) {
            list.remove(at: k)
            blocked[p] = list.isEmpty ? nil : list
        }
        guard live[i], live[pilotCount + j], let w = score(pilot: i, peer: j) else { return }
        if reducedCost(pilot: i, peer: j, score: w) < .zero {
            match(pilot: i, peer: j)
            excess[i] -= 1
            excess[pilotCount + j] += 1
        }
    }

    /// A potential for a city taking part for the first time: high enough
    /// (pilot) or low enough (peer) that every edge at it has reduced cost ≥ 0.
    mutating func activate(_ n: Int) {
        if n < pilotCount {
            var best = h[sink]
            for j in 0..<peers.count where live[pilotCount + j] && !isBlocked(pilot: n, peer: j) {
                if let w = score(pilot: n, peer: j) { best = max(best, h[pilotCount + j] + Lex(hi: 1, lo: w)) }
            }
            h[n] = best
        } else {
            let j = n - pilotCount
            var best = h[sink]
            for i in 0..<pilotCount where live[i] && !isBlocked(pilot: i, peer: j) {
                if let w = score(pilot: i, peer: j) { best = min(best, h[i] - Lex(hi: 1, lo: w)) }
            }
            h[n] = best
        }
        live[n] = true
    }

    mutating func match(pilot i: Int, peer j: Int) {
        partners[i].append(Int32(pilotCount + j))
        partners[pilotCount + j].append(Int32(i))
    }

    mutating func unmatch(pilot i: Int, peer j: Int) {
        partners[i].remove(at: partners[i].firstIndex(of: Int32(pilotCount + j))!)
        partners[pilotCount + j].remove(at: partners[pilotCount + j].firstIndex(of: Int32(i))!)
    }

    // MARK: Repair

    /// Pushes every unit of excess to a deficit along a shortest path.
    /// `shouldStop` is polled between paths; false when it stopped early.
    mutating func balance(shouldStop: () -> Bool = { false }) -> Bool {
        var search = Search(count: sink + 1)
        while let s = excess.firstIndex(where: { $0 > 0 }) {
            if shouldStop() { return false }
            augment(from: s, &search)
        }
        return true
    }

    /// Dijkstra's scratch arrays, reset through `touched`.
    struct Search {
        var dist: [Lex]
        var via: [Int32]
        var done: [Bool]
        var touched: [Int32] = []
        init(count: Int) {
            dist = Array(repeating: .infinity, count: count)
            via = Array(repeating: -1, count: count)
            done = Array(repeating: false, count: count)
        }
        mutating func reset() {
            for t in touched { dist[Int(t)] = .infinity; via[Int(t)] = -1; done[Int(t)] = false }
            touched.removeAll(keepingCapacity: true)
        }
        /// Records a distance without queueing the node.
        @inline(__always)
        mutating func note(_ m: Int, _ d: Lex, from n: Int) {
            if dist[m] == .infinity { touched.append(Int32(m)) }
            dist[m] = d
            via[m] = Int32(n)
        }
        @inline(__always)
        mutating func reach(_ m: Int, _ d: Lex, from n: Int, _ heap: inout Heap<HeapEntry>) {
            if dist[m] == .infinity { touched.append(Int32(m)) }
            dist[m] = d
            via[m] = Int32(n)
            heap.insert(HeapEntry(d: d, node: Int32(m)))
        }
    }

    /// One unit from `s` (excess > 0) to the nearest node with a deficit.
    mutating func augment(from s: Int, _ search: inout Search) {
        search.reset()
        var heap = Heap<HeapEntry>()
        search.reach(s, .zero, from: -1, &heap)
        var target = -1
        var bound = Lex.zero
        let P = pilotCount
        while let top = heap.popMin() {
            let n = Int(top.node), d = top.d
            if search.done[n] || search.dist[n] < d { continue }
            if excess[n] < 0 && n != s { target = n; bound = d; break }
            search.done[n] = true
            func relax(_ m: Int, _ rc: Lex) {
                let nd = d + rc
                if nd < search.dist[m] { search.reach(m, nd, from: n, &heap) }
            }
            if n < P {
                relax(sink, h[n] - h[sink])
                let list = blocked[pilots[n]] ?? []
                let me = kernel.packed[Int(pilots[n])]
                let hn = h[n]
                let hs = h[sink]
                for j in 0..<peers.count where live[P + j] {
                    guard let w = kernel.scoreMicros(me, packedPeers[j]) else { continue }
                    let m = P + j
                    let nd = d + (hn - h[m] - Lex(hi: 1, lo: w))
                    guard nd < search.dist[m], list.isEmpty || !MatchProblem.contains(list, peers[j]) else { continue }
                    if partners[m].isEmpty && excess[m] >= 0 {
                        // A peer with no partner leads only to the sink (when it has
                        // room): relax that at once instead of queueing the peer, which
                        // spares the heap thousands of entries per pilot. Its potential
                        // is still updated below (every reached node is).
                        search.note(m, nd, from: n)
                        if toSink[j] < capacity[m] {
                            let td = nd + (h[m] - hs)
                            if td < search.dist[sink] { search.reach(sink, td, from: m, &heap) }
                        }
                    } else if !isMatched(pilot: n, peer: j) {
                        search.reach(m, nd, from: n, &heap)
                    }
                }
            } else if n < sink {
                let j = n - P
                for i in partners[n] {
                    relax(Int(i), h[n] - h[Int(i)] + Lex(hi: 1, lo: score(pilot: Int(i), peer: j)!))
                }
                if toSink[j] < capacity[n] { relax(sink, h[n] - h[sink]) }
            } else {
                for j in 0..<peers.count where toSink[j] > 0 { relax(P + j, h[sink] - h[P + j]) }
                for i in 0..<P where unused[i] > 0 { relax(i, h[sink] - h[i]) }
            }
        }
        precondition(target >= 0, "no deficit reachable from a node with excess: the flow state is inconsistent")
        // Every node reached nearer than the target has its final distance
        // (all its predecessors on a shortest path were scanned), scanned or not.
        for m in search.touched {
            let k = Int(m)
            if search.dist[k] < bound { h[k] = h[k] + search.dist[k] - bound }
        }
        // Flip the path, from the target back to s.
        var b = target
        while b != s {
            let a = Int(search.via[b])
            switch (a < P ? 0 : a < sink ? 1 : 2, b < P ? 0 : b < sink ? 1 : 2) {
            case (0, 1): match(pilot: a, peer: b - P)
            case (1, 0): unmatch(pilot: b, peer: a - P)
            case (0, 2): unused[a] += 1
            case (1, 2): toSink[a - P] += 1
            case (2, 0): unused[b] -= 1
            case (2, 1): toSink[b - P] -= 1
            default: preconditionFailure("no such edge")
            }
            b = a
        }
        excess[s] -= 1
        excess[target] += 1
    }

    /// The matched pairs as (pilot, peer) city positions.
    var pairs: [(pilot: Int32, peer: Int32)] {
        var out: [(pilot: Int32, peer: Int32)] = []
        for i in 0..<pilotCount {
            for m in partners[i] { out.append((pilots[i], peers[Int(m) - pilotCount])) }
        }
        return out
    }

    /// Residual edges with a negative reduced cost, or nodes out of balance
    /// (for tests; O(pilots × peers)). Empty when the state is a proven optimum.
    func violations() -> [String] {
        var out: [String] = []
        let P = pilotCount
        for (n, e) in excess.enumerated() where e != 0 { out.append("node \(n) has excess \(e)") }
        for i in 0..<P where live[i] {
            if h[i] < h[sink] { out.append("pilot \(i) → sink is negative") }
            if unused[i] > 0 && h[sink] < h[i] { out.append("sink → pilot \(i) is negative") }
            for j in 0..<peers.count where live[P + j] && !isBlocked(pilot: i, peer: j) {
                guard let w = score(pilot: i, peer: j) else { continue }
                let rc = reducedCost(pilot: i, peer: j, score: w)
                if isMatched(pilot: i, peer: j) ? Lex.zero < rc : rc < .zero {
                    out.append("pair \(i)–\(j) has reduced cost \(rc.hi)B+\(rc.lo) (matched: \(isMatched(pilot: i, peer: j)))")
                }
            }
        }
        for j in 0..<peers.count where live[P + j] {
            if toSink[j] < capacity[P + j] && h[P + j] < h[sink] { out.append("peer \(j) → sink is negative") }
            if toSink[j] > 0 && h[sink] < h[P + j] { out.append("sink → peer \(j) is negative") }
        }
        return out
    }
}
