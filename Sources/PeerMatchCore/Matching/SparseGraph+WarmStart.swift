import HeapModule

/// Later rounds of the pruned solve start from the previous round's flow and
/// duals instead of from scratch (issue 19: two or three cold rounds were
/// most of the time on rosters with very large pilots).
///
/// **Why it is still exact.** The previous round ended with a min-cost flow
/// and potentials under which every residual edge has reduced cost ≥ 0. The
/// new graph is the old one plus edges (lists only grow), and only the new
/// edges can break that. A pilot with a new edge `u + v < B + w` gets its
/// dual raised until all its edges are feasible; its matched edges that this
/// makes loose (slack > 0) are undone, and its unused units too (their edge
/// to the sink needs `u = 0`). Those units are placed again by the same
/// shortest-path searches as a cold round. A peer that lost a partner has
/// its dual lowered as far as its unmatched edges allow; if it reaches 0 the
/// slot is room again, otherwise (a peer with room must have `v = 0`) the
/// slot is *reserved*: an end for the searches, and slots still reserved
/// afterwards are given up along a shortest path from the sink
/// (`settleReserved`). Every step is a shortest-path augmentation on reduced
/// costs ≥ 0, so the round ends with a min-cost flow on its graph, as a cold
/// round does; the certificate on the dropped pairs then decides as before.
///
/// **Which optimum.** The one this procedure reaches; it depends only on the
/// input (no hashing, no thread timing), so runs agree byte for byte. With
/// one round (nothing had to be added) it is the cold round's answer.
extension SparseGraph {
    /// The graph of `lists` (each pilot's list a superset of its list in
    /// `old`) carrying `old`'s flow and duals, with the pilots that new edges
    /// make infeasible partly reset as described above. Solve it with
    /// `solve(warm: true)`, then `settleReserved()`.
    init(lists: CandidateLists, pilotCapacity: [Int32], peerCapacity: [Int32], continuing old: SparseGraph) {
        self.init(lists: lists, pilotCapacity: pilotCapacity, peerCapacity: peerCapacity)
        pilotLeft = Array(repeating: 0, count: pilotCount)
        unused = old.unused
        peerLeft = old.peerLeft
        u = old.u
        v = old.v
        var mark = [Bool](repeating: false, count: peerCount)
        for i in 0..<pilotCount {
            for e in Int(old.edgeStart[i])..<Int(old.edgeStart[i + 1]) where old.matched[e] { mark[Int(old.edgePeer[e])] = true }
            for e in Int(edgeStart[i])..<Int(edgeStart[i + 1]) where mark[Int(edgePeer[e])] {
                mark[Int(edgePeer[e])] = false
                match(e)
                matchedCount += 1
            }
        }
        precondition(matchedCount == old.matchedCount, "a later round's lists dropped a matched pair")
        for i in 0..<pilotCount {
            let edges = Int(edgeStart[i])..<Int(edgeStart[i + 1])
            var need = u[i]
            for e in edges where !matched[e] {
                let w = Lex(hi: 1, lo: edgeWeight[e]) - v[Int(edgePeer[e])]
                if need < w { need = w }
            }
            guard u[i] < need else { continue }
            u[i] = need
            for e in edges where matched[e] && Lex.zero < slack(e) {
                unmatch(e)
                matchedCount -= 1
                pilotLeft[i] += 1
                reserved[Int(edgePeer[e])] += 1
            }
            pilotLeft[i] += unused[i]
            unused[i] = 0
        }
        // A peer that lost partners gets its dual lowered as far as its
        // unmatched edges allow (its matched ones only get tighter); at 0 the
        // slots become room, otherwise they stay reserved.
        guard reserved.contains(where: { $0 > 0 }) else { return }
        let (inStart, inEdge) = edgesByPeer()
        for q in 0..<peerCount where reserved[q] > 0 {
            var floor = Lex.zero
            for k in Int(inStart[q])..<Int(inStart[q + 1]) {
                let e = Int(inEdge[k])
                if matched[e] { continue }
                let w = Lex(hi: 1, lo: edgeWeight[e]) - u[Int(edgePilot[e])]
                if floor < w { floor = w }
            }
            if floor < v[q] { v[q] = floor }
            if v[q] == .zero {
                peerLeft[q] += reserved[q]
                reserved[q] = 0
            }
        }
    }

    /// Every edge grouped by peer: those of peer q are `inEdge[inStart[q]..<inStart[q + 1]]`.
    func edgesByPeer() -> (inStart: [Int32], inEdge: [Int32]) {
        var inStart = [Int32](repeating: 0, count: peerCount + 1)
        for q in edgePeer { inStart[Int(q) + 1] += 1 }
        for q in 0..<peerCount { inStart[q + 1] += inStart[q] }
        var fill = inStart
        var inEdge = [Int32](repeating: 0, count: edgePeer.count)
        for e in edgePeer.indices {
            let q = Int(edgePeer[e])
            inEdge[Int(fill[q])] = Int32(e)
            fill[q] += 1
        }
        return (inStart, inEdge)
    }

    /// Gives up the slots still reserved after the warm searches: for each,
    /// the cheapest way to free it, found by a Dijkstra from the peer
    /// backwards to the sink (the sink takes the peer's slot back at cost
    /// `v`, or a pilot with a unit unused places it, and so on). Potentials of
    /// the vertices settled nearer than the sink drop by the difference, so
    /// reduced costs stay ≥ 0 and the sink keeps potential 0. Usually no slot
    /// is left and this does nothing. Returns the number of slots given up.
    @discardableResult
    mutating func settleReserved() -> Int {
        let count = reserved.reduce(0) { $0 + Int($1) }
        if count == 0 { return 0 }
        let (inStart, inEdge) = edgesByPeer() // the searches go backwards into peers
        let sink = pilotCount + peerCount
        var dist = [Lex](repeating: .infinity, count: sink + 1)
        var next = [Int32](repeating: -1, count: sink + 1) // the node after this one on the way to the reserved peer
        var edge = [Int32](repeating: -1, count: sink + 1) // the edge between them (-1: one is the sink)
        var done = [Bool](repeating: false, count: sink + 1)
        var touched: [Int32] = [], scanned: [Int32] = []
        for j in 0..<peerCount {
            while reserved[j] > 0 {
                for t in touched { dist[Int(t)] = .infinity; next[Int(t)] = -1; edge[Int(t)] = -1; done[Int(t)] = false }
                touched.removeAll(keepingCapacity: true)
                scanned.removeAll(keepingCapacity: true)
                var heap = Heap<HeapEntry>()
                let start = pilotCount + j
                func reach(_ a: Int, _ d: Lex, before b: Int, via e: Int) {
                    // Nothing as far as the sink's best distance so far is popped before it
                    // (the sink, the highest node, wins ties), so such nodes are not queued.
                    guard d < dist[a], a == sink || d < dist[sink] else { return }
                    if dist[a] == .infinity { touched.append(Int32(a)) }
                    dist[a] = d
                    next[a] = Int32(b)
                    edge[a] = Int32(e)
                    heap.insert(HeapEntry(d: d, node: Int32(a)))
                }
                reach(start, .zero, before: -1, via: -1)
                var bound = Lex.infinity
                while let top = heap.popMin() {
                    let n = Int(top.node), d = top.d
                    if done[n] || dist[n] < d { continue }
                    if n == sink { bound = d; break }
                    done[n] = true
                    scanned.append(top.node)
                    if n >= pilotCount {
                        let q = n - pilotCount
                        // sink → q (q passes one unit less on), then unmatched pilot → q edges.
                        if peerLeft[q] < peerCapacity[q] { reach(sink, d + v[q], before: n, via: -1) }
                        for k in Int(inStart[q])..<Int(inStart[q + 1]) {
                            let e = Int(inEdge[k])
                            if !matched[e] { reach(Int(edgePilot[e]), d + slack(e), before: n, via: e) }
                        }
                    } else {
                        // sink → pilot (an unused unit placed), then q → pilot along matched edges.
                        if unused[n] > 0 { reach(sink, d - u[n], before: n, via: -1) }
                        for e in Int(edgeStart[n])..<Int(edgeStart[n + 1]) where matched[e] {
                            reach(pilotCount + Int(edgePeer[e]), d - slack(e), before: n, via: e)
                        }
                    }
                }
                precondition(bound < .infinity, "a reserved slot cannot be given up: the flow state is inconsistent")
                for s in scanned where dist[Int(s)] < bound {
                    let n = Int(s), m = bound - dist[n]
                    if n < pilotCount { u[n] = u[n] + m } else { v[n - pilotCount] = v[n - pilotCount] - m }
                }
                var a = sink
                while a != start {
                    let b = Int(next[a]), e = Int(edge[a])
                    if a == sink {
                        if b < pilotCount { unused[b] -= 1 } else { peerLeft[b - pilotCount] += 1 }
                    } else if a >= pilotCount {
                        unmatch(e)
                        matchedCount -= 1
                    } else {
                        match(e)
                        matchedCount += 1
                    }
                    a = b
                }
                reserved[j] -= 1
            }
        }
        // A peer left without partners may end with v < 0; as an LP dual it is
        // 0 (raising it only loosens its unmatched edges).
        for q in 0..<peerCount where v[q] < .zero { v[q] = .zero }
        return count
    }

    /// Broken optimality conditions of the graph's flow (for assertions and
    /// tests; O(edges)): empty when it is a min-cost flow with these duals.
    func optimalityViolations() -> [String] {
        var out: [String] = []
        for e in edgePeer.indices {
            let s = slack(e)
            if matched[e] ? Lex.zero < s : s < .zero { out.append("edge \(e) (matched: \(matched[e])) has slack \(s.hi)B+\(s.lo)") }
        }
        for i in 0..<pilotCount {
            if pilotLeft[i] != 0 { out.append("pilot \(i) has \(pilotLeft[i]) units to place") }
            if u[i] < .zero || (unused[i] > 0 && u[i] != .zero) { out.append("pilot \(i) has u \(u[i].hi)B+\(u[i].lo) with \(unused[i]) unused") }
        }
        for q in 0..<peerCount {
            if reserved[q] != 0 { out.append("peer \(q) has \(reserved[q]) reserved slots") }
            if v[q] < .zero || (peerLeft[q] > 0 && v[q] != .zero) { out.append("peer \(q) has v \(v[q].hi)B+\(v[q].lo) with room \(peerLeft[q])") }
        }
        return out
    }
}
