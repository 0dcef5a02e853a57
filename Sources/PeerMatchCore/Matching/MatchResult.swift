/// One pair of a match result, with why it fits.
public struct MatchedPair: Hashable, Sendable {
    public var explanation: PairExplanation
    /// True when the coordinator pinned it (it appears whatever the algorithm).
    public var pinned: Bool

    public var pilot: String { explanation.pilot }
    public var peer: String { explanation.peer }
    public var score: Score { explanation.score }
}

/// What `peermatch match` proposes (FORMATS.md "Match result JSON").
/// Active pairings are kept and not listed; pins are listed.
public struct MatchResult: Hashable, Sendable {
    public var algorithm: MatchAlgorithm
    /// Sorted by pilot id, then peer id (byte order).
    public var pairs: [MatchedPair]
    /// Pilots with capacity left after the run, ascending id.
    public var unmatchedPilots: [String]
    /// Peers with no pilot at all (no active pairing, no pair here), ascending id.
    public var unmatchedPeers: [String]

    public var pairCount: Int { pairs.count }
    /// Exact sum of the pairs' scores.
    public var totalScore: Score { pairs.reduce(.zero) { $0 + $1.score } }

    public init(algorithm: MatchAlgorithm, pairs: [MatchedPair], unmatchedPilots: [String], unmatchedPeers: [String]) {
        self.algorithm = algorithm
        self.pairs = pairs
        self.unmatchedPilots = unmatchedPilots
        self.unmatchedPeers = unmatchedPeers
    }

    /// The JSON document FORMATS.md fixes: keys in order, one line per pair,
    /// ending with a newline. Byte-identical for equal results.
    public func json() -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 256 + pairs.count * 200)
        w.beginObject()
        w.field("algorithm", algorithm.rawValue)
        w.field("pairCount", pairCount)
        w.field("totalScore", totalScore.value)
        w.key("pairs")
        w.beginArray()
        for pair in pairs {
            w.inline { w in
                w.beginObject()
                w.field("pilot", pair.pilot)
                w.field("peer", pair.peer)
                w.field("score", pair.score.value)
                w.key("shared")
                w.beginArray()
                for a in pair.explanation.shared {
                    w.beginObject()
                    w.field("area", a.area)
                    w.field("contribution", a.contribution.value)
                    w.endObject()
                }
                w.endArray()
                w.key("bonuses")
                w.beginObject()
                w.field("language", pair.explanation.language.value)
                w.field("region", pair.explanation.region.value)
                w.endObject()
                w.endObject()
            }
        }
        w.endArray()
        w.key("unmatched")
        w.beginObject()
        w.field("pilots", strings: unmatchedPilots)
        w.field("peers", strings: unmatchedPeers)
        w.endObject()
        w.endObject()
        w.finish()
        return w.bytes
    }
}
