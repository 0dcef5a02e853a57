import ArgumentParser
import PeerMatchCore

struct Cities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List and show the forum's cities.",
        subcommands: [CitiesList.self, CitiesShow.self],
        defaultSubcommand: CitiesList.self)
}

extension CityRole: ExpressibleByArgument {}

struct CitiesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cities, filtered.",
        discussion: "Filters combine (all must hold). --search is case- and accent-insensitive over name, id and country: `sao` finds São Paulo.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: "pilot, peer or member.") var role: CityRole?
    @Option(help: ArgumentHelp("Cities with this interest area.", valueName: "area")) var area: String?
    @Option(help: ArgumentHelp("ISO 3166-1 alpha-2 code.", valueName: "code")) var country: String?
    @Option(help: "Exact region, e.g. \"South Asia\".") var region: String?
    @Option(help: "Member of this network, e.g. C40.") var network: String?
    @Option(help: ArgumentHelp("Text in the name, id or country.", valueName: "text")) var search: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        if let area, forum.forum.area(area) == nil {
            throw CommandFailure.badInput("unknown interest area '\(area)'; known areas: \(forum.forum.areaIDs.joined(separator: ", "))")
        }
        let filter = CityFilter(role: role, area: area, country: country, region: region, network: network, search: search ?? "")
        let cities = forum.cities.filter(filter.matches)
        switch format {
        case .json: Console.outRaw(Exporter.cities(cities, format: .json))
        case .csv: Console.outRaw(Exporter.cities(cities, format: .csv))
        case .table:
            let index = ForumIndex(forum)
            var table = TextTable([
                .init("id", maxWidth: 24), .init("name", maxWidth: 28), .init("country"), .init("region", maxWidth: 20),
                .init("role"), .init("capacity", alignRight: true), .init("areas", maxWidth: 60),
            ])
            for c in cities {
                table.add([
                    c.id, c.name, c.country, c.region, c.role.rawValue,
                    "\(index.activeCount(of: c.id))/\(c.effectiveCapacity)",
                    c.interestsByLevel.map { "\($0.area):\($0.level)" }.joined(separator: " "),
                ])
            }
            Console.write(table.render(), fd: 1)
            Console.out("\(cities.count.grouped) of \(forum.cities.count.grouped) cities")
        }
    }
}

struct CitiesShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one city in full.")

    @Argument(help: ArgumentHelp("The city's id.", valueName: "id")) var id: String
    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        let index = ForumIndex(forum)
        guard let k = index.cityPosition[id] else {
            throw CommandFailure.badInput(unknownCityMessage(id, in: forum))
        }
        let c = forum.cities[k]
        var lines = [
            "\(c.name)  (\(c.id))",
            "country   \(c.country)" + (c.region.isEmpty ? "" : "   region \(c.region)"),
            "role      \(c.role.rawValue), capacity \(index.activeCount(of: c.id))/\(c.effectiveCapacity) used"
                + (c.capacity == nil ? " (role default)" : ""),
            "languages \(c.languages.isEmpty ? "—" : c.languages.joined(separator: ", "))",
            "networks  \(c.networks.isEmpty ? "—" : c.networks.joined(separator: ", "))",
            "interests",
        ]
        for i in c.interestsByLevel {
            let label = forum.forum.area(i.area)?.label ?? i.area
            lines.append("  \(String(repeating: "●", count: i.level) + String(repeating: "○", count: 3 - i.level))  \(label) (\(i.area))")
        }
        let partners = forum.pairings.filter { $0.isActive && ($0.pilot == c.id || $0.peer == c.id) }
        lines.append("pairings  \(partners.isEmpty ? "none active" : "")")
        for p in partners {
            let other = p.pilot == c.id ? p.peer : p.pilot
            let sessions = index.sessionCount[p.key] ?? 0
            let goal = forum.goalProgress(for: p.key).map { ", goal \($0)" } ?? ""
            let flag = forum.fitFlag(for: p.key).map { "; flagged: \($0)" } ?? ""
            lines.append("  \(other) since \(p.start)\(p.cohort.isEmpty ? "" : " [\(p.cohort)]"), \(sessions) session\(sessions == 1 ? "" : "s")\(goal)\(flag)")
        }
        if let s = index.citySessions[c.id] {
            lines.append("sessions  \(s.count), last on \(s.last)")
        } else {
            lines.append("sessions  none yet")
        }
        let events = forum.sessions.filter { $0.cities.contains(c.id) }
        if !events.isEmpty {
            lines.append("events    \(events.count) forum event\(events.count == 1 ? "" : "s") attended, last on \(events.last!.date) (sessions list --city \(c.id))")
        }
        for (k, v) in c.extra.sorted(by: { $0.key < $1.key }) { lines.append("\(k)  \(v)") }
        Console.out(lines.joined(separator: "\n"))
    }
}

/// "unknown city id 'x'; did you mean …?"
func unknownCityMessage(_ id: String, in forum: ForumData) -> String {
    let close = Suggestions.closest(to: id, in: forum.cities.lazy.map(\.id))
    return "unknown city id '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?")
}
