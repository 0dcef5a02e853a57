@testable import PeerMatchCore

/// Checks the LP dual certificate the optimal solver returns, on the FULL
/// graph (every allowed pair, scores from the definition): dual feasibility,
/// u, v ≥ 0, and dual objective = primal objective (weight B + score per
/// pair). By weak duality that proves the result optimal — independently of
/// how the solver pruned or searched.
enum CertificateCheck {
    static func violations(_ problem: MatchProblem, initialLimit: ((Int) -> Int)? = nil) -> [String] {
        let cert = OptimalMatcher.solveCertified(problem, initialLimit: initialLimit)
        let c = problem.data.cities
        let f = problem.data.forum
        var out: [String] = []
        let matched = Set(cert.pairs.map { PairKey(pilot: c[Int($0.pilot)].id, peer: c[Int($0.peer)].id) })
        var primal = Lex.zero
        var dual = Lex.zero
        for (i, p) in cert.pilots.enumerated() {
            if cert.u[i] < .zero { out.append("u(\(c[Int(p)].id)) < 0") }
            dual = dual + Lex(hi: cert.u[i].hi * Int64(problem.capacityLeft[Int(p)]), lo: cert.u[i].lo * Int64(problem.capacityLeft[Int(p)]))
        }
        for (j, q) in cert.peers.enumerated() {
            if cert.v[j] < .zero { out.append("v(\(c[Int(q)].id)) < 0") }
            dual = dual + Lex(hi: cert.v[j].hi * Int64(problem.capacityLeft[Int(q)]), lo: cert.v[j].lo * Int64(problem.capacityLeft[Int(q)]))
        }
        for (i, p) in cert.pilots.enumerated() {
            let pilot = c[Int(p)]
            for (j, q) in cert.peers.enumerated() {
                let peer = c[Int(q)]
                let key = PairKey(pilot: pilot.id, peer: peer.id)
                guard problem.mayPropose(pilot: Int(p), peer: Int(q)), let w = MatchOracle.score(pilot, peer, f) else { continue }
                let need = Lex(hi: 1, lo: w)
                let have = cert.u[i] + cert.v[j]
                if matched.contains(key) {
                    primal = primal + need
                    if have < need { dual = dual + (need - have) } // z for x ≤ 1
                } else if have < need {
                    out.append("pair \(key) is not dual-feasible")
                }
            }
        }
        if primal != dual { out.append("primal \(primal) ≠ dual \(dual)") }
        return out
    }
}
