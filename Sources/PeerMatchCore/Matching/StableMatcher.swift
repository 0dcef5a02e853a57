/// The `stable` algorithm (MATCHING.md): hospitals/residents with peers
/// proposing, which yields the peer-optimal stable matching. Both sides rank
/// allowed partners by score, highest first, ties by city id (byte order).
///
/// **Method.** Deferred acceptance, where a peer's next proposal goes straight
/// to the best pilot that would hold it now (a pilot with room, or one whose
/// worst held peer ranks below it). Pilots' cut-offs only rise, so a pilot
/// that would refuse a peer now would refuse it later too: this is exactly
/// the peer-proposing procedure, whose outcome does not depend on proposal
/// order. Peers propose strongest profile first (fewer displacements). The
/// scores come from a `ScoreTable` (16 bits a pair, exact) when they fit,
/// which they do with the default settings; otherwise they are computed on
/// the fly, with full pilots skipped by a bound on the peer's best score.
///
/// **Complexity.** O(peers × pilots) to build the table (two threads), then
/// O(pilots) for each of a peer's first five proposals; after that a
/// displaced peer walks a cursor through its pilots in rank order (sorted
/// once), so a peer costs O(pilots) in all however often it is displaced; plus O(log
/// capacity) per acceptance. Memory: the table, 2 bytes per pilot–peer pair
/// (about 30 MB at 13,000 cities), and 2 bytes per pilot for each peer
/// displaced five times.
public enum StableMatcher {
    /// The new pairs (pilot, peer positions), pins excluded. Throws
    /// `MatchError.stablePeerCapacity` for the first peer (by id) with capacity above 1.
    public static func solve(_ problem: MatchProblem) throws -> [(pilot: Int32, peer: Int32)] {
        let cities = problem.data.cities
        for q in problem.peers where cities[Int(q)].effectiveCapacity > 1 {
            throw MatchError.stablePeerCapacity(peer: cities[Int(q)].id, capacity: cities[Int(q)].effectiveCapacity)
        }
        let pilots = problem.pilotsWithRoom, peers = problem.peersWithRoom
        guard !pilots.isEmpty, !peers.isEmpty else { return [] }
        if peers.count < 65_536, let table = ScoreTable(problem: problem, rows: peers, columns: pilots) {
            return withTable(table, problem: problem, pilots: pilots, peers: peers)
        }
        let kernel = problem.kernel
        let packedPilots = pilots.map { kernel.packed[Int($0)] }
        let capacity = pilots.map { Int(problem.capacityLeft[Int($0)]) }
        let blocked = pilots.map { problem.blockedPeers[$0] ?? [] }

        // Per pilot: held peers as a heap with the pilot's worst on top.
        var held: [[Held]] = Array(repeating: [], count: pilots.count)
        // Per pilot: the worst held (score, peer) once full; Int64.min while it has room.
        var cutScore = Array(repeating: Int64.min, count: pilots.count)
        var cutPeer = Array(repeating: Int32.max, count: pilots.count)

        // The most a peer can score with anyone: every area at its own level, both bonuses.
        let bounds = peers.map { kernel.bound(Int($0)) }
        // Strongest first (then id): fills pilots early; the outcome does not depend on it.
        var queue = Array(peers.indices).sorted { bounds[$0] != bounds[$1] ? bounds[$0] > bounds[$1] : $0 < $1 }
        queue.reverse() // pop from the end
        var assigned = Array(repeating: Int32(-1), count: peers.count)

        while let j = queue.popLast() {
            let q32 = peers[j]
            let q = Int(q32)
            let me = kernel.packed[q]
            let cap = bounds[j]
            var best = -1
            var bestScore = Int64.min
            for i in pilots.indices {
                // A full pilot whose worst held peer scores above anything q can score refuses q.
                if cutScore[i] > cap { continue }
                guard let s = kernel.scoreMicros(packedPilots[i], me) else { continue }
                // Peer's preference: higher score, then lower pilot id (i ascending = id ascending).
                if s <= bestScore { continue }
                // Would the pilot hold q now? (higher score, then lower peer id)
                if cutScore[i] != .min && (s < cutScore[i] || (s == cutScore[i] && q32 > cutPeer[i])) { continue }
                if !blocked[i].isEmpty && MatchProblem.contains(blocked[i], q32) { continue }
                best = i
                bestScore = s
            }
            guard best >= 0 else { continue } // refused by every pilot: unmatched
            assigned[j] = Int32(best)
            Held.push(Held(score: bestScore, peer: q32, index: Int32(j)), into: &held[best])
            if held[best].count > capacity[best] {
                let out = Held.popWorst(&held[best])
                assigned[Int(out.index)] = -1
                queue.append(Int(out.index))
            }
            if held[best].count == capacity[best] {
                cutScore[best] = held[best][0].score
                cutPeer[best] = held[best][0].peer
            }
        }
        var out: [(pilot: Int32, peer: Int32)] = []
        for (j, a) in assigned.enumerated() where a >= 0 { out.append((pilots[Int(a)], peers[j])) }
        return out
    }

    /// The same procedure over a `ScoreTable`: a peer's rescan reads one row.
    static func withTable(_ table: ScoreTable, problem: MatchProblem, pilots: [Int32], peers: [Int32]) -> [(pilot: Int32, peer: Int32)] {
        let columns = pilots.count
        let capacity = pilots.map { Int(problem.capacityLeft[Int($0)]) }
        var held: [[Held]] = Array(repeating: [], count: columns)
        // Per pilot: the worst held (units, peer) once full; 0 while it has room (any pair beats it).
        // Per pilot, what a proposal must beat, as one number: (score << 16) |
        // (65535 − peer), so "higher score, then lower peer id" is a single
        // comparison and the row scan vectorises (one-region rosters, full of
        // ties and displacements: 3× faster). 65535 while the pilot has room:
        // any allowed pair (score ≥ 1) beats it, a forbidden one (0) never.
        // Peers are fewer than 65,536 here (else the table is not used).
        var threshold = [UInt32](repeating: 65535, count: columns)
        let bounds = peers.map { problem.kernel.bound(Int($0)) }
        var queue = Array(peers.indices).sorted { bounds[$0] != bounds[$1] ? bounds[$0] > bounds[$1] : $0 < $1 }
        queue.reverse()
        var assigned = [Int32](repeating: -1, count: peers.count)
        // A displaced peer resumes instead of rescanning its row: the pilots it
        // ranks below the one that let it go, in its order (score desc, then
        // id), and a cursor into them. Every pilot it passes refused it, and
        // refuses it later too (cut-offs only rise), so the walk proposes
        // exactly where a rescan would. (One-region rosters: about 10
        // proposals per peer, most of them rescans of 1,200 pilots.) Built by
        // a counting sort over the row's few
        // distinct scores; when scores are too many, or pilots do not fit 16
        // bits, peers rescan as before.
        let resumes = columns <= 65_536 && table.largest <= 4_096
        var last = [Int32](repeating: -1, count: peers.count) // pilot of the last proposal
        var rest = [[UInt16]](repeating: [], count: resumes ? peers.count : 0)
        var cursor = [Int32](repeating: 0, count: resumes ? peers.count : 0)
        // A sort costs several SIMD rescans: only a peer displaced a fifth
        // time gets one (measured: sooner slowed the usual shape by 10–15%).
        let rescansBeforeSort: UInt8 = 5
        var rescans = [UInt8](repeating: 0, count: resumes ? peers.count : 0)
        var count = [Int32](repeating: 0, count: resumes ? Int(table.largest) + 2 : 0)
        table.values.withUnsafeBufferPointer { m in
            threshold.withUnsafeMutableBufferPointer { t in
            while let j = queue.popLast() {
                let row = m.baseAddress! + j * columns
                let low = UInt32(65535 - j)
                if resumes && last[j] >= 0 && rescans[j] >= rescansBeforeSort {
                    if cursor[j] == 0 && rest[j].isEmpty {
                        rest[j] = Self.ranked(row: row, columns: columns, after: Int(last[j]), count: &count)
                    }
                    var k = Int(cursor[j])
                    let order = rest[j]
                    while k < order.count && (UInt32(row[Int(order[k])]) << 16 | low) <= t[Int(order[k])] { k += 1 }
                    guard k < order.count else { cursor[j] = Int32(k); continue } // refused by every pilot left
                    cursor[j] = Int32(k + 1)
                    let best = Int(order[k])
                    last[j] = Int32(best)
                    Self.hold(j, score: row[best], at: best, held: &held, capacity: capacity, assigned: &assigned, queue: &queue, threshold: t)
                    continue
                }
                if resumes && rescans[j] < rescansBeforeSort { rescans[j] += 1 }
                // The best score among pilots that would hold this peer now (branch-free)…
                var bestS: UInt16 = 0
                var i = 0
                if columns >= 8 {
                    // Eight pilots at a time (the compiler did not vectorise the plain loop).
                    var best = SIMD8<UInt32>(repeating: 0)
                    let lows = SIMD8<UInt32>(repeating: low)
                    let rowBytes = UnsafeRawPointer(row), tBytes = UnsafeRawPointer(t.baseAddress!)
                    while i + 8 <= columns {
                        let s = SIMD8<UInt32>(truncatingIfNeeded: rowBytes.loadUnaligned(fromByteOffset: i * 2, as: SIMD8<UInt16>.self))
                        let holds = (s &<< 16 | lows) .> tBytes.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                        best = pointwiseMax(best, SIMD8<UInt32>(repeating: 0).replacing(with: s, where: holds))
                        i += 8
                    }
                    bestS = UInt16(best.max())
                }
                while i < columns {
                    let s = row[i]
                    let holds = (UInt32(s) << 16 | low) > t[i]
                    bestS = max(bestS, holds ? s : 0)
                    i += 1
                }
                guard bestS > 0 else { continue }
                // …at the first such pilot (lowest id): the peer's preference.
                var best = 0
                while row[best] != bestS || (UInt32(bestS) << 16 | low) <= t[best] { best += 1 }
                last[j] = Int32(best)
                Self.hold(j, score: bestS, at: best, held: &held, capacity: capacity, assigned: &assigned, queue: &queue, threshold: t)
            }
            }
        }
        var out: [(pilot: Int32, peer: Int32)] = []
        for (j, a) in assigned.enumerated() where a >= 0 { out.append((pilots[Int(a)], peers[j])) }
        return out
    }

    /// Pilot `best` holds peer `j`; a pilot over capacity lets its worst go
    /// (back to the queue), a full one raises its threshold.
    @inline(__always)
    private static func hold(_ j: Int, score: UInt16, at best: Int, held: inout [[Held]], capacity: [Int],
                             assigned: inout [Int32], queue: inout [Int], threshold t: UnsafeMutableBufferPointer<UInt32>) {
        let j32 = Int32(j)
        assigned[j] = Int32(best)
        Held.push(Held(score: Int64(score), peer: j32, index: j32), into: &held[best])
        if held[best].count > capacity[best] {
            let out = Held.popWorst(&held[best])
            assigned[Int(out.index)] = -1
            queue.append(Int(out.index))
        }
        if held[best].count == capacity[best] {
            t[best] = UInt32(held[best][0].score) << 16 | UInt32(65535 - held[best][0].peer)
        }
    }

    /// The allowed pilots a peer ranks below pilot `after` (lower score, or
    /// the same score and a higher id), in its order: score desc, then id.
    /// A counting sort on the row's scores; `count` is scratch (largest + 2 zeros, left zeroed).
    static func ranked(row: UnsafePointer<UInt16>, columns: Int, after: Int, count: inout [Int32]) -> [UInt16] {
        let s0 = row[after]
        var n = 0
        for i in 0..<columns {
            let s = row[i]
            if s != 0 && (s < s0 || (s == s0 && i > after)) { count[Int(s)] += 1; n += 1 }
        }
        // Start of each score's run, best score first.
        var start: Int32 = 0
        for s in stride(from: Int(s0), through: 1, by: -1) {
            let c = count[s]
            count[s] = start
            start += c
        }
        return [UInt16](unsafeUninitializedCapacity: n) { out, filled in
            for i in 0..<columns {
                let s = row[i]
                if s != 0 && (s < s0 || (s == s0 && i > after)) {
                    out[Int(count[Int(s)])] = UInt16(truncatingIfNeeded: i)
                    count[Int(s)] += 1
                }
            }
            for s in 1...Int(s0) { count[s] = 0 }
            filled = n
        }
    }

    /// A peer held by a pilot; `heap` order puts the pilot's worst first.
    struct Held {
        var score: Int64
        var peer: Int32
        var index: Int32

        /// True when `a` is worse for the pilot than `b`: lower score, or equal score and higher id.
        @inline(__always)
        static func worse(_ a: Held, _ b: Held) -> Bool { a.score != b.score ? a.score < b.score : a.peer > b.peer }

        static func push(_ x: Held, into h: inout [Held]) {
            h.append(x)
            var k = h.count - 1
            while k > 0 {
                let parent = (k - 1) / 2
                if !worse(h[k], h[parent]) { break }
                h.swapAt(k, parent)
                k = parent
            }
        }

        static func popWorst(_ h: inout [Held]) -> Held {
            let top = h[0]
            let last = h.removeLast()
            if h.isEmpty { return top }
            h[0] = last
            var k = 0
            while true {
                let l = 2 * k + 1, r = l + 1
                var m = k
                if l < h.count && worse(h[l], h[m]) { m = l }
                if r < h.count && worse(h[r], h[m]) { m = r }
                if m == k { break }
                h.swapAt(k, m)
                k = m
            }
            return top
        }
    }
}
