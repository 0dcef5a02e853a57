import PeerMatchCore

/// Draws the Mentors screen: the ranked candidates, why the selected one fits.
enum MentorsView {
    /// Core's one score format (`6.0`, `0.5`), as the CLI prints it.
    static func format(_ score: Score) -> String { score.formatted }

    /// One line of why a pair fits, as `peermatch mentors` prints it.
    static func why(_ e: PairExplanation) -> String { e.summary }

    /// ` · requested: 1 Pune, 2 Chennai` (empty when the peer asked for none).
    static func requestText(_ catalog: CityCatalog, peer: String) -> String {
        let data = catalog.data, position = catalog.index.cityPosition
        guard let wish = data.requests.first(where: { $0.peer == peer }) else { return "" }
        let names = wish.pilots.enumerated().map { "\($0.offset + 1) \(position[$0.element].map { data.cities[$0].name } ?? $0.element)" }
        return " · requested: " + names.joined(separator: ", ")
    }

    static func capacityText(_ c: PartnerCandidate) -> String { c.isFull ? "full" : "\(c.capacityLeft.grouped) left" }

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
        let header = "\(kind) that fit \(me.name) — \(state.candidates.count.grouped) allowed, best first"
            + requestText(catalog, peer: me.id)
        grid.fill(layout.bar)
        grid.put(header.truncated(toWidth: layout.bar.width), x: layout.bar.x, y: layout.bar.y, style: .emphasis)
        let candidates = state.candidates
        var table = Table(columns: columns(width: layout.table.width), rowCount: candidates.count, cursor: state.cursor) { row in
            let c = candidates[row]
            return [(row + 1).grouped, c.city.name, c.city.country, format(c.score), capacityText(c),
                    "\(c.sessionsTogether.grouped) of \(c.sessionsTotal.grouped)", why(c.explanation)]
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
            out.append(.init("  \(s.area.padded(toWidth: 24)) \(s.contribution.signedFormatted.padded(toWidth: 5))  \(levels)"))
        }
        out.append(.init(e.language > .zero
            ? "  \("shared language".padded(toWidth: 24)) \(e.language.signedFormatted.padded(toWidth: 5))  \(e.sharedLanguages.joined(separator: ", "))"
            : "  no shared language", e.language > .zero ? .plain : .muted))
        out.append(.init(e.region > .zero
            ? "  \("same region".padded(toWidth: 24)) \(e.region.signedFormatted.padded(toWidth: 5))  \(pilot.region)"
            : "  not the same region", e.region > .zero ? .plain : .muted))
        out.append(.init("capacity: \(c.isFull ? "full (no capacity left)" : "\(c.capacityLeft.grouped) left") · "
                         + "sessions together \(c.sessionsTogether.grouped), in all \(c.sessionsTotal.grouped)"))
        return out
    }
}
