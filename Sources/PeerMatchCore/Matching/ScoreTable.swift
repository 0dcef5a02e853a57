import Dispatch

/// Every score between a list of peers (rows) and a list of pilots
/// (columns), in 16-bit units: `score / unit + 1`, 0 for a pair that may not
/// be proposed (no shared area, or blocked). `unit` is the greatest common
/// divisor of the weights and bonuses in micros, so the table is exact; it
/// exists only when the largest score fits (always with the default settings).
///
/// Built on two threads in O(rows × columns); 2 bytes per pair
/// (13,000 cities: about 30 MB). Lets `StableMatcher` rescan a peer's
/// options at memory speed.
struct ScoreTable: Sendable {
    let rows: Int
    let columns: Int
    let unit: Int64
    let values: [UInt16]
    /// An upper bound on every value in the table (the best score possible, in units, + 1).
    let largest: Int

    init?(problem: MatchProblem, rows peers: [Int32], columns pilots: [Int32]) {
        let k = problem.kernel
        var g: Int64 = 0
        func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? a : gcd(b, a % b) }
        for w in k.groupWeights + [k.languageBonus, k.regionBonus] where w > 0 { g = gcd(g, w) }
        let unit = max(g, 1)
        var most = k.languageBonus + k.regionBonus
        for (g, w) in k.groupWeights.enumerated() {
            let bits = (0..<ScoreKernel.words).reduce(0) { $0 + k.groupMasks[g * ScoreKernel.words + $1].nonzeroBitCount }
            most += w * Int64(bits)
        }
        guard most / unit + 1 < Int64(UInt16.max) else { return nil }
        self.unit = unit
        largest = Int(most / unit + 1)
        let rowCount = peers.count, columnCount = pilots.count
        rows = rowCount
        columns = columnCount
        let n = rowCount * columnCount
        let packedPilots = pilots.map { k.packed[Int($0)] }
        let packedPeers = peers.map { k.packed[Int($0)] }
        var v = [UInt16](unsafeUninitializedCapacity: n) { buffer, count in
            let out = TableSlice(base: buffer.baseAddress!)
            let threads = rowCount >= 256 ? 2 : 1
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                for j in stride(from: t, to: rowCount, by: threads) {
                    Self.fill(row: out.base + j * columnCount, peer: packedPeers[j], pilots: packedPilots, kernel: k, unit: unit)
                }
            }
            count = n
        }
        // Blocked pairs (excluded, paired, pinned) may not be proposed.
        for (i, p) in pilots.enumerated() {
            for q in problem.blockedPeers[p] ?? [] {
                if let j = MatchProblem.position(of: q, in: peers) { v[j * columnCount + i] = 0 }
            }
        }
        values = v
    }

    @inline(__always)
    func micros(_ v: UInt16) -> Int64 { (Int64(v) - 1) * unit }

    private static func fill(row: UnsafeMutablePointer<UInt16>, peer me: ScoreKernel.Packed,
                             pilots: [ScoreKernel.Packed], kernel k: ScoreKernel, unit: Int64) {
        pilots.withUnsafeBufferPointer { p in
            if let w = k.singleWeight, k.oneWord, k.scorer == nil {
                let wu = w / unit, lu = k.languageBonus / unit, ru = k.regionBonus / unit
                let region = me.region >= 0 ? me.region : -2
                for i in 0..<p.count {
                    let x = me.c0 & p[i].c0
                    let s = wu &* Int64(x.nonzeroBitCount) &+ (me.languages & p[i].languages != 0 ? lu : 0)
                        &+ (p[i].region == region ? ru : 0) &+ 1
                    row[i] = x == 0 ? 0 : UInt16(truncatingIfNeeded: s)
                }
            } else {
                for i in 0..<p.count {
                    row[i] = k.scoreMicros(p[i], me).map { UInt16(truncatingIfNeeded: $0 / unit + 1) } ?? 0
                }
            }
        }
    }
}

/// The table's storage while threads fill disjoint rows of it.
private struct TableSlice: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt16>
}
