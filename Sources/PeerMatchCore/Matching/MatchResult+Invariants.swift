/// The executable contract of a match result (MATCHING.md), checked from the
/// forum's own records and the score's definition, not through `PairScorer`
/// or `MatchProblem`, so a bug there cannot hide itself. Every engine test
/// runs it. O(cities + pairs × areas + pairings + pins + exclusions).
extension MatchResult {
    /// Every broken rule, each naming the offending city or pair; empty when the result is valid.
    public func invariantViolations(against data: ForumData) -> [String] {
        var problems: [String] = []
        var city: [String: City] = [:]
        for c in data.cities { city[c.id] = c }
        var activePairs = Set<PairKey>()
        var used: [String: Int] = [:]
        for p in data.pairings where p.isActive && activePairs.insert(p.key).inserted {
            used[p.pilot, default: 0] += 1
            used[p.peer, default: 0] += 1
        }
        let activeUse = used
        let excluded = Set(data.exclusions)
        var seen = Set<PairKey>()
        var total: Int64 = 0
        var previous: PairKey?
        for pair in pairs {
            let key = PairKey(pilot: pair.pilot, peer: pair.peer)
            if let prev = previous, !(prev < key) { problems.append("pairs out of order or repeated at \(key)") }
            previous = key
            guard let p = city[pair.pilot], let q = city[pair.peer] else {
                problems.append("pair \(key) names an unknown city")
                continue
            }
            if p.role != .pilot { problems.append("pair \(key): '\(p.id)' is a \(p.role.rawValue), not a pilot") }
            if q.role != .peer { problems.append("pair \(key): '\(q.id)' is a \(q.role.rawValue), not a peer") }
            if excluded.contains(key) { problems.append("pair \(key) is excluded") }
            if activePairs.contains(key) { problems.append("pair \(key) is already actively paired") }
            if !seen.insert(key).inserted { problems.append("pair \(key) appears twice") }
            used[p.id, default: 0] += 1
            used[q.id, default: 0] += 1
            // The score, from its definition.
            var shared: [(String, Int64)] = []
            for a in p.interests {
                guard let b = q.interests.first(where: { $0.area == a.area }), data.forum.area(a.area) != nil else { continue }
                shared.append((a.area, Score(data.forum.weight(of: a.area)).micros * Int64(min(a.level, b.level))))
            }
            if shared.isEmpty { problems.append("pair \(key): the cities share no interest area") }
            shared.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            let language = Set(p.languages).isDisjoint(with: q.languages) ? 0 : Score(data.forum.languageBonus).micros
            let region = !p.region.isEmpty && p.region == q.region ? Score(data.forum.regionBonus).micros : 0
            let score = shared.reduce(0) { $0 + $1.1 } + language + region
            let e = pair.explanation
            if e.shared.map(\.area) != shared.map(\.0) || e.shared.map(\.contribution.micros) != shared.map(\.1) {
                problems.append("pair \(key): shared areas \(e.shared.map { "\($0.area)=\($0.contribution)" }) should be \(shared.map { "\($0.0)=\(Score(micros: $0.1))" })")
            }
            if e.language.micros != language || e.region.micros != region {
                problems.append("pair \(key): bonuses \(e.language)/\(e.region) should be \(Score(micros: language))/\(Score(micros: region))")
            }
            if pair.score.micros != score { problems.append("pair \(key): score \(pair.score) should be \(Score(micros: score))") }
            total += score
        }
        if totalScore.micros != total { problems.append("total score \(totalScore) should be \(Score(micros: total))") }
        for pin in data.pins where !seen.contains(pin) { problems.append("pin \(pin) is missing from the result") }
        for c in data.cities {
            let n = used[c.id] ?? 0
            let mine = n - (activeUse[c.id] ?? 0)
            if mine > 0 && n > c.effectiveCapacity {
                problems.append("'\(c.id)' has \(n) partners (\(activeUse[c.id] ?? 0) active) over its capacity \(c.effectiveCapacity)")
            }
        }
        let pilotsLeft = data.cities.filter { $0.role == .pilot && (used[$0.id] ?? 0) < $0.effectiveCapacity }.map(\.id)
        let peersAlone = data.cities.filter { $0.role == .peer && (used[$0.id] ?? 0) == 0 }.map(\.id)
        if pilotsLeft != unmatchedPilots { problems.append("unmatched pilots \(unmatchedPilots.prefix(5))… should be \(pilotsLeft.prefix(5))…") }
        if peersAlone != unmatchedPeers { problems.append("unmatched peers \(unmatchedPeers.prefix(5))… should be \(peersAlone.prefix(5))…") }
        return problems
    }
}
