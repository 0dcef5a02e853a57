import PeerMatchCore

/// The detail of one city as lines: what the pane and the full view show.
enum CityDetail {
    static func lines(of position: Int, _ catalog: CityCatalog) -> [TextBlock.Line] {
        let data = catalog.data, index = catalog.index
        let c = data.cities[position]
        var out: [TextBlock.Line] = [
            .init("\(c.name)  (\(c.id))", .emphasis),
            .init([c.country, c.region.isEmpty ? nil : c.region, c.role.rawValue].compactMap { $0 }.joined(separator: " · ")
                  + " · capacity \(index.activeCount(of: c.id))/\(c.effectiveCapacity) used"),
            .init("languages  \(c.languages.isEmpty ? "—" : c.languages.joined(separator: ", "))"),
            .init("networks   \(c.networks.isEmpty ? "—" : c.networks.joined(separator: ", "))"),
            .init("interests", .heading),
        ]
        if c.interests.isEmpty { out.append(.init("  none", .muted)) }
        for i in c.interestsByLevel {
            let dots = String(repeating: "●", count: i.level) + String(repeating: "○", count: max(0, 3 - i.level))
            let label = data.forum.area(i.area)?.label ?? i.area
            out.append(.init("  \(dots) \(label) (level \(i.level))"))
        }
        out.append(.init("pairings", .heading))
        let partners = catalog.activePairings[position].map { data.pairings[$0] }
        if partners.isEmpty { out.append(.init("  none active", .muted)) }
        for p in partners {
            let other = p.pilot == c.id ? p.peer : p.pilot
            let name = index.cityPosition[other].map { data.cities[$0].name } ?? other
            let sessions = index.sessionCount[p.key] ?? 0
            out.append(.init("  \(name) — since \(p.start), \(sessions) session\(sessions == 1 ? "" : "s")"))
        }
        if let s = index.citySessions[c.id] {
            out.append(.init("sessions   \(s.count), last on \(s.last)"))
        } else {
            out.append(.init("sessions   none yet", .muted))
        }
        return out
    }
}
