/// The pair score of `PairScorer`, laid out for scanning millions of pairs:
/// each city's levels in unary ("thermometer") code, 3 bits per area
/// (level 1 → 001, 2 → 011, 3 → 111), so that
///
///     Σ_a min(level_p(a), level_q(a)) = popcount(code_p & code_q)
///
/// and the weighted interest is one AND + popcount per group of areas with
/// the same weight (one group with the default weights). Same result, in
/// micros, as `PairScorer.scoreMicros` (checked by tests).
struct ScoreKernel: Sendable {
    /// 64 areas × 3 bits = 3 words per city.
    static let words = 3

    /// One city, packed: its unary level code, first language word, region.
    struct Packed: Sendable {
        var c0: UInt64, c1: UInt64, c2: UInt64
        var languages: UInt64
        var region: Int32
        var index: Int32
    }

    /// Per city position.
    let packed: [Packed]
    /// Areas grouped by weight: per group, its weight in micros and its code mask (3 words).
    let groupWeights: [Int64]
    let groupMasks: [UInt64]
    let singleWeight: Int64?
    let languageBonus: Int64
    let regionBonus: Int64
    /// More than 64 distinct languages: use the scorer's full bit sets.
    let scorer: PairScorer?

    /// O(cities + areas²).
    init(_ s: PairScorer) {
        let n = s.cities.count
        var codes = [UInt64](repeating: 0, count: n * Self.words)
        for c in 0..<n {
            var m = s.areaMasks[c]
            while m != 0 {
                let a = m.trailingZeroBitCount
                m &= m - 1
                let level = Int(s.levels[c * 64 + a])
                for k in 0..<min(level, 3) {
                    let bit = a * 3 + k
                    codes[c * Self.words + bit / 64] |= 1 << UInt64(bit % 64)
                }
            }
        }
        packed = (0..<n).map {
            Packed(c0: codes[$0 * 3], c1: codes[$0 * 3 + 1], c2: codes[$0 * 3 + 2],
                   languages: s.languageBits[$0 * s.languageWords], region: s.regionIDs[$0], index: Int32($0))
        }
        var weights: [Int64] = []
        var masks: [UInt64] = []
        for (a, w) in s.weightMicros.enumerated() {
            var g = weights.firstIndex(of: w) ?? -1
            if g < 0 {
                g = weights.count
                weights.append(w)
                masks.append(contentsOf: [UInt64](repeating: 0, count: Self.words))
            }
            for k in 0..<3 {
                let bit = a * 3 + k
                masks[g * Self.words + bit / 64] |= 1 << UInt64(bit % 64)
            }
        }
        groupWeights = weights
        singleWeight = weights.count == 1 ? weights[0] : nil
        groupMasks = masks
        languageBonus = s.languageBonus.micros
        regionBonus = s.regionBonus.micros
        scorer = s.languageWords > 1 ? s : nil
    }

    /// score(p, q) in micros, or nil when they share no area. O(weight groups).
    @inline(__always)
    func scoreMicros(_ p: Packed, _ q: Packed) -> Int64? {
        let x0 = p.c0 & q.c0, x1 = p.c1 & q.c1, x2 = p.c2 & q.c2
        if x0 | x1 | x2 == 0 { return nil }
        var total: Int64
        if let w = singleWeight {
            total = w &* Int64(x0.nonzeroBitCount &+ x1.nonzeroBitCount &+ x2.nonzeroBitCount)
        } else {
            total = 0
            for g in 0..<groupWeights.count {
                let k = (x0 & groupMasks[g &* 3]).nonzeroBitCount &+ (x1 & groupMasks[g &* 3 &+ 1]).nonzeroBitCount
                    &+ (x2 & groupMasks[g &* 3 &+ 2]).nonzeroBitCount
                total &+= groupWeights[g] &* Int64(k)
            }
        }
        if let scorer {
            if scorer.sharesLanguage(Int(p.index), Int(q.index)) { total &+= languageBonus }
        } else if p.languages & q.languages != 0 {
            total &+= languageBonus
        }
        if p.region >= 0 && p.region == q.region { total &+= regionBonus }
        return total
    }

    @inline(__always)
    func scoreMicros(_ p: Int, _ q: Int) -> Int64? { scoreMicros(packed[p], packed[q]) }

    /// Upper bound of q's score with anyone: its own levels, both bonuses.
    /// O(weight groups).
    func bound(_ q: Int) -> Int64 { scoreMicros(packed[q], packed[q]) ?? 0 }
}
