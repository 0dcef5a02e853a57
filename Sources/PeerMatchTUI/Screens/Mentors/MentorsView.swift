import PeerMatchCore

/// Draws the Mentors screen: the ranked candidates, why the selected one fits.
enum MentorsView {
    /// `3`, `0.5`, `6.5`: a score without a needless `.0`.
    static func format(_ score: Score) -> String {
        score.micros % Score.unitsPerOne == 0 ? String(score.micros / Score.unitsPerOne) : score.description
    }

    /// One line of why a pair fits: `water-resilience +3, flood-management +2, language +1, region +0.5`.
    static func why(_ e: PairExplanation) -> String {
        var parts = e.shared.map { "\($0.area) +\(format($0.contribution))" }
        if e.language > .zero { parts.append("language +\(format(e.language))") }
        if e.region > .zero { parts.append("region +\(format(e.region))") }
        return parts.joined(separator: ", ")
    }

    static func capacityText(_ c: PartnerCandidate) -> String { c.isFull ? "full" : "\(c.capacityLeft) left" }

    static func columns(width: Int) -> [TableColumn] {
        let fixed = 3 + 2 + 5 + 6 + 9 + 6 * Table.gap
        let name = max(12, min(28, width * 26 / 100))
        return [
            TableColumn("#", width: 3, alignRight: true), TableColumn("name", width: name), TableColumn("cc", width: 2),
            TableColumn("score", width: 5, alignRight: true), TableColumn("cap", width: 6),
            TableColumn("sessions", width: 9), TableColumn("why", width: max(0, width - fixed - name)),
        ]
    }

    static func render(_ state: MentorsController, _ catalog: CityCatalog, in body: Rect, into grid: inout Grid) {
        let layout = MasterDetailLayout.partners(body: body)
        let me = catalog.data.cities[catalog.index.cityPosition[state.city]!]
        let kind = switch me.role {
        case .peer: "Mentors (pilots)"
        case .pilot: "Peers"
        case .member: "Partners"
        }
        let header = "\(kind) that fit \(me.name) — \(state.candidates.count) allowed, best first"
        grid.fill(layout.bar)
        grid.put(header.truncated(toWidth: layout.bar.width), x: layout.bar.x, y: layout.bar.y, style: .emphasis)
        let candidates = state.candidates
        var table = Table(columns: columns(width: layout.table.width), rowCount: candidates.count, cursor: state.cursor) { row in
            let c = candidates[row]
            return [String(row + 1), c.city.name, c.city.country, format(c.score), capacityText(c),
                    "\(c.sessionsTogether) of \(c.sessionsTotal)", why(c.explanation)]
        }
        table.rowStyle = { candidates[$0].isFull ? .unavailable : .plain }
        table.emptyText = me.role == .member
            ? "A member joins webinars and is never paired."
            : "No \(me.role == .peer ? "pilot" : "peer") shares an interest area and is free to pair."
        table.render(in: layout.table, into: &grid)
        layout.renderDivider(in: body, into: &grid)
        let lines = state.selected.map { explanationLines($0, for: me) } ?? []
        TextBlock(lines).render(in: layout.detail, into: &grid)
    }

    /// The full explanation of the selected candidate.
    static func explanationLines(_ c: PartnerCandidate, for me: City) -> [TextBlock.Line] {
        let e = c.explanation
        let (pilot, peer) = me.role == .pilot ? (me, c.city) : (c.city, me)
        var out: [TextBlock.Line] = [
            .init("\(pilot.name) → \(peer.name)   score \(format(e.score))", .emphasis),
        ]
        for s in e.shared {
            let levels = "pilot level \(pilot.level(of: s.area) ?? 0), peer level \(peer.level(of: s.area) ?? 0)"
            out.append(.init("  \(s.area.padded(toWidth: 24)) +\(format(s.contribution).padded(toWidth: 4))  \(levels)"))
        }
        out.append(.init(e.language > .zero
            ? "  \("shared language".padded(toWidth: 24)) +\(format(e.language).padded(toWidth: 4))  \(e.sharedLanguages.joined(separator: ", "))"
            : "  no shared language", e.language > .zero ? .plain : .muted))
        out.append(.init(e.region > .zero
            ? "  \("same region".padded(toWidth: 24)) +\(format(e.region).padded(toWidth: 4))  \(pilot.region)"
            : "  not the same region", e.region > .zero ? .plain : .muted))
        out.append(.init("capacity: \(c.isFull ? "full (no capacity left)" : "\(c.capacityLeft) left") · "
                         + "sessions together \(c.sessionsTogether), in all \(c.sessionsTotal)"))
        return out
    }
}
