import PeerMatchCore

/// One line of the Match list: a pair the commit would make active — a new
/// pair the coordinator fixed, or a proposal of the last run.
struct MatchRow: Sendable, Equatable {
    enum Kind: String, Sendable {
        /// Fixed in the workspace (accepted, added, swapped, re-paired).
        case fixed = "new"
        case pinned = "pin"
        case proposed = ""
    }

    var key: PairKey
    var pilotName: String
    var peerName: String
    var score: Score
    var explanation: PairExplanation
    var kind: Kind
    /// Whether the peer's city officer asked for a pilot, and got one: "✓ asked", "asked other", "".
    var request: String
    /// The peer's city officer asked for pilots and the peer has none of them.
    var requestUnmet = false
    var pilotRegion = ""
    var peerRegion = ""

    /// Every pair of the workspace, grouped by pilot (by name), best score first
    /// within a pilot; `filter` keeps the pairs it lets through.
    static func rows(_ w: Workspace, _ catalog: CityCatalog, scorer: PairScorer?, filter: MatchFilter) -> [MatchRow] {
        let data = catalog.data, position = catalog.index.cityPosition
        let outcomes = w.requestOutcomes()
        func request(_ k: PairKey) -> String {
            guard let o = outcomes[k.peer] else { return "" }
            return o.got == k.pilot ? "✓ asked" : o.requested.contains(k.pilot) ? "asked" : "asked other"
        }
        func name(_ id: String) -> String { position[id].map { data.cities[$0].name } ?? id }
        var out: [MatchRow] = []
        if !w.newPairs.isEmpty {
            let scorer = scorer ?? PairScorer(forum: data.forum, cities: data.cities)
            for p in w.newPairs {
                guard let a = position[p.key.pilot], let b = position[p.key.peer] else { continue }
                let e = scorer.explain(pilot: a, peer: b)
                out.append(MatchRow(key: p.key, pilotName: name(p.key.pilot), peerName: name(p.key.peer), score: e.score,
                                    explanation: e, kind: .fixed, request: request(p.key)))
            }
        }
        for p in w.proposals?.pairs ?? [] {
            let k = PairKey(pilot: p.pilot, peer: p.peer)
            out.append(MatchRow(key: k, pilotName: name(p.pilot), peerName: name(p.peer), score: p.score,
                                explanation: p.explanation, kind: p.pinned || w.pins.contains(k) ? .pinned : .proposed, request: request(k)))
        }
        for i in out.indices {
            let k = out[i].key
            out[i].requestUnmet = outcomes[k.peer].map { $0.got == nil } ?? false
            out[i].pilotRegion = position[k.pilot].map { data.cities[$0].region } ?? ""
            out[i].peerRegion = position[k.peer].map { data.cities[$0].region } ?? ""
        }
        if !filter.isEmpty { out.removeAll { !filter.keeps($0) } }
        return out.sorted { a, b in
            if a.pilotName != b.pilotName { return a.pilotName < b.pilotName }
            if a.key.pilot != b.key.pilot { return a.key.pilot < b.key.pilot }
            if a.score != b.score { return b.score < a.score }
            return a.key < b.key
        }
    }
}
