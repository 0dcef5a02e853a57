/// Scores pilot–peer pairs exactly per MATCHING.md, over a fixed list of cities.
///
/// Built once in O(cities × languages); `score` is O(shared areas) with no
/// allocation, so engines can call it for millions of pairs.
public struct PairScorer: Sendable {
    /// Cities addressed by position; the same order as given to `init`.
    public let cities: [City]
    public let areaIDs: [String]
    /// Per area (by index): weight in micros.
    let weightMicros: [Int64]
    /// Per city: bit `a` set when the city lists area `a`.
    let areaMasks: [UInt64]
    /// Per city × 64 areas: the level (0 when absent).
    let levels: [UInt8]
    /// Per city: languages as a bit set over the forum's languages, `languageWords` words each.
    let languageBits: [UInt64]
    let languageWords: Int
    /// Per city: region index, -1 when none.
    let regionIDs: [Int32]
    public let languageBonus: Score
    public let regionBonus: Score

    /// The most areas a forum may have: areas are bits of one machine word.
    public static let maxAreas = 64

    /// Areas a city lists that the forum does not know are ignored here (import refuses them).
    public init(forum: Forum, cities: [City]) {
        precondition(forum.areas.count <= PairScorer.maxAreas, "a forum has at most 64 interest areas")
        self.cities = cities
        areaIDs = forum.areaIDs
        var areaIndex = [String: Int]()
        for (i, a) in areaIDs.enumerated() { areaIndex[a] = i }
        weightMicros = areaIDs.map { Score(forum.weight(of: $0)).micros }
        languageBonus = Score(forum.languageBonus)
        regionBonus = Score(forum.regionBonus)

        var languageIndex = [String: Int]()
        var regionIndex = [String: Int32]()
        for c in cities {
            for l in c.languages where languageIndex[l] == nil { languageIndex[l] = languageIndex.count }
            if !c.region.isEmpty, regionIndex[c.region] == nil { regionIndex[c.region] = Int32(regionIndex.count) }
        }
        let words = max(1, (languageIndex.count + 63) / 64)
        languageWords = words

        var masks = [UInt64](repeating: 0, count: cities.count)
        var levels = [UInt8](repeating: 0, count: cities.count * 64)
        var langs = [UInt64](repeating: 0, count: cities.count * words)
        var regions = [Int32](repeating: -1, count: cities.count)
        for (ci, c) in cities.enumerated() {
            for i in c.interests {
                guard let a = areaIndex[i.area] else { continue }
                masks[ci] |= 1 << UInt64(a)
                levels[ci * 64 + a] = UInt8(clamping: i.level)
            }
            for l in c.languages {
                let b = languageIndex[l]!
                langs[ci * words + b / 64] |= 1 << UInt64(b % 64)
            }
            if !c.region.isEmpty { regions[ci] = regionIndex[c.region]! }
        }
        areaMasks = masks
        self.levels = levels
        languageBits = langs
        regionIDs = regions
    }

    /// True when the two cities share at least one interest area.
    @inline(__always)
    public func sharesArea(_ a: Int, _ b: Int) -> Bool { areaMasks[a] & areaMasks[b] != 0 }

    /// score(p, q) in micros, or nil when they share no area. Symmetric.
    @inline(__always)
    public func scoreMicros(_ p: Int, _ q: Int) -> Int64? {
        var shared = areaMasks[p] & areaMasks[q]
        if shared == 0 { return nil }
        var total: Int64 = 0
        let bp = p &* 64, bq = q &* 64
        while shared != 0 {
            let a = shared.trailingZeroBitCount
            shared &= shared &- 1
            total &+= weightMicros[a] &* Int64(min(levels[bp &+ a], levels[bq &+ a]))
        }
        if sharesLanguage(p, q) { total &+= languageBonus.micros }
        if regionIDs[p] >= 0 && regionIDs[p] == regionIDs[q] { total &+= regionBonus.micros }
        return total
    }

    @inline(__always)
    func sharesLanguage(_ p: Int, _ q: Int) -> Bool {
        let bp = p &* languageWords, bq = q &* languageWords
        for w in 0..<languageWords where languageBits[bp &+ w] & languageBits[bq &+ w] != 0 { return true }
        return false
    }

    /// The full explanation of a pair (pilot first). Shared may be empty when
    /// the cities share no area.
    public func explain(pilot p: Int, peer q: Int) -> PairExplanation {
        var shared: [PairExplanation.AreaContribution] = []
        var bits = areaMasks[p] & areaMasks[q]
        while bits != 0 {
            let a = bits.trailingZeroBitCount
            bits &= bits - 1
            let c = weightMicros[a] * Int64(min(levels[p * 64 + a], levels[q * 64 + a]))
            shared.append(.init(area: areaIDs[a], contribution: Score(micros: c)))
        }
        shared.sort {
            $0.contribution != $1.contribution
                ? $0.contribution > $1.contribution
                : $0.area.utf8.lexicographicallyPrecedes($1.area.utf8)
        }
        // A city lists a language or two: a linear search beats hashing here.
        let qLanguages = cities[q].languages
        let common = sharesLanguage(p, q) ? cities[p].languages.filter { qLanguages.contains($0) } : []
        let sameRegion = regionIDs[p] >= 0 && regionIDs[p] == regionIDs[q]
        return PairExplanation(
            pilot: cities[p].id, peer: cities[q].id, shared: shared,
            language: common.isEmpty ? .zero : languageBonus,
            region: sameRegion ? regionBonus : .zero,
            sharedLanguages: common)
    }
}
