/// A city that could be paired with a given one, and why it fits.
public struct PartnerCandidate: Hashable, Sendable {
    public var city: City
    /// Always pilot first, peer second.
    public var explanation: PairExplanation
    /// Capacity the candidate has left after its active pairings.
    public var capacityLeft: Int
    /// Sessions the two cities have held together so far.
    public var sessionsTogether: Int
    /// Sessions the candidate has held with anyone.
    public var sessionsTotal: Int

    public var score: Score { explanation.score }
    /// A candidate with no capacity left is shown, but as full.
    public var isFull: Bool { capacityLeft <= 0 }
}

/// "Which pilots fit my city?" (and the other way round): every allowed
/// partner, ranked by score, with the explanation.
public enum PartnerRanking {
    /// Allowed partners of `cityID`: the other role, at least one shared area,
    /// not excluded, not already actively paired. Highest score first, ties by id.
    /// O(cities) per call with the scorer and index prepared.
    public static func candidates(
        for cityID: String, in data: ForumData, scorer: PairScorer, index: ForumIndex
    ) -> [PartnerCandidate] {
        guard let me = index.cityPosition[cityID] else { return [] }
        let city = data.cities[me]
        guard let otherRole = city.role.counterpart else { return [] }
        var out: [PartnerCandidate] = []
        for (j, other) in data.cities.enumerated() where other.role == otherRole && scorer.sharesArea(me, j) {
            let (p, q) = city.role == .pilot ? (me, j) : (j, me)
            let key = PairKey(pilot: data.cities[p].id, peer: data.cities[q].id)
            if index.exclusions.contains(key) || index.activePairs.contains(key) { continue }
            out.append(PartnerCandidate(
                city: other,
                explanation: scorer.explain(pilot: p, peer: q),
                capacityLeft: index.capacityLeft(of: other),
                sessionsTogether: index.sessionCount[key] ?? 0,
                sessionsTotal: index.citySessions[other.id]?.count ?? 0))
        }
        out.sort {
            $0.score != $1.score ? $0.score > $1.score : $0.city.id.utf8.lexicographicallyPrecedes($1.city.id.utf8)
        }
        return out
    }
}
