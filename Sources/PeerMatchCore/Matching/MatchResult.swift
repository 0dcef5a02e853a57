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

    /// The JSON document FORMATS.md fixes: keys in order, one line per pair
    /// (so results diff and grep well), ending with a newline. Byte-identical
    /// for equal results. O(pairs + cities).
    public func json() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + pairs.count * 200 + (unmatchedPilots.count + unmatchedPeers.count) * 12)
        func line(_ text: String) { out.append(contentsOf: text.utf8) }
        line("{\n  \"algorithm\": ")
        out += JSONWriter.oneLine { $0.string(algorithm.rawValue) }
        line(",\n  \"pairCount\": \(pairCount),\n  \"totalScore\": ")
        out += JSONWriter.oneLine { $0.number(totalScore.value) }
        line(",\n  \"pairs\": [")
        for (n, pair) in pairs.enumerated() {
            line(n == 0 ? "\n    " : ",\n    ")
            out += JSONWriter.oneLine { w in
                w.beginObject()
                w.field("pilot", pair.pilot)
                w.field("peer", pair.peer)
                w.field("score", pair.score.value)
                pair.explanation.writeJSONFields(into: &w)
                w.endObject()
            }
        }
        line(pairs.isEmpty ? "],\n" : "\n  ],\n")
        line("  \"unmatched\": {\n    \"pilots\": ")
        out += JSONWriter.oneLine { w in w.beginArray(); for id in unmatchedPilots { w.string(id) }; w.endArray() }
        line(",\n    \"peers\": ")
        out += JSONWriter.oneLine { w in w.beginArray(); for id in unmatchedPeers { w.string(id) }; w.endArray() }
        line("\n  }\n}\n")
        return out
    }

}
