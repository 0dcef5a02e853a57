/// How `peermatch match` chooses pairs (MATCHING.md).
public enum MatchAlgorithm: String, CaseIterable, Sendable {
    /// Most pairs, then the highest total score: a true optimum (`OptimalMatcher`).
    case optimal
    /// Peer-proposing deferred acceptance: the peer-optimal stable matching (`StableMatcher`).
    case stable
}
