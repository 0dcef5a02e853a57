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
        discussion: "Filters combine (all must hold). --search looks in the name, id and country the way the app's `/` does: case, accents and spaces, hyphens, apostrophes and dots are ignored (`sao` finds São Paulo, `danang` finds Đà Nẵng), and any part of a word in any script matches (`प` finds पुणे).")

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
            ], cutsLongCells: Console.stdoutIsTerminal)
            for c in cities {
                table.add([
                    c.id, c.name, c.country, c.region, c.role.rawValue,
                    "\(index.activeCount(of: c.id).grouped)/\(c.effectiveCapacity.grouped)",
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
        let page = CityPage(city: k, in: forum, index: index, detail: .full)
        Console.out(page.lines.map(\.text.terminalEscaped).joined(separator: "\n"))
    }
}

/// "unknown city id 'x'; did you mean …?"
func unknownCityMessage(_ id: String, in forum: ForumData) -> String {
    let close = Suggestions.closest(to: id, in: forum.cities.lazy.map(\.id))
    return "unknown city id '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?")
}
