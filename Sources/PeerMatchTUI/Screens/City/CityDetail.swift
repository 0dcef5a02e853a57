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

extension CityDetail {
    /// How many recent sessions the full view lists.
    static let recentSessions = 10

    /// The full view: the pane's lines, then every pairing the city had
    /// (ended ones too) and its most recent sessions.
    static func fullLines(of position: Int, _ catalog: CityCatalog) -> [TextBlock.Line] {
        let data = catalog.data, index = catalog.index
        let c = data.cities[position]
        var out = lines(of: position, catalog)
        func name(_ id: String) -> String { index.cityPosition[id].map { data.cities[$0].name } ?? id }
        out.append(.init("pairing history", .heading))
        let history = data.pairings.filter { $0.pilot == c.id || $0.peer == c.id }
        if history.isEmpty { out.append(.init("  none", .muted)) }
        for p in history {
            let other = p.pilot == c.id ? p.peer : p.pilot
            let role = p.pilot == c.id ? "peer" : "pilot"
            let span = p.end.map { "\(p.start) – \($0)" } ?? "since \(p.start)"
            let cohort = p.cohort.isEmpty ? "" : " · cohort \(p.cohort)"
            out.append(.init("  \(p.status.rawValue.padded(toWidth: 6)) \(name(other)) (\(role)) · \(span)\(cohort)",
                             p.isActive ? .plain : .muted))
        }
        out.append(.init("recent sessions", .heading))
        let sessions = data.sessions.reversed().lazy.filter { $0.pilot == c.id || $0.peer == c.id }.prefix(recentSessions)
        if sessions.isEmpty { out.append(.init("  none", .muted)) }
        for s in sessions {
            let other = s.pilot == c.id ? s.peer : s.pilot
            var line = "  \(s.date)  \(s.format.rawValue) with \(name(other))"
            if let area = s.area { line += " · \(area)" }
            if let rating = s.rating { line += " · rated \(rating)/5" }
            out.append(.init(line))
        }
        return out
    }
}
