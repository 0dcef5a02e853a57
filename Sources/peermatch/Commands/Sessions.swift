import ArgumentParser
import PeerMatchCore

struct Sessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the forum's sessions.",
        subcommands: [SessionsList.self],
        defaultSubcommand: SessionsList.self)
}

extension SessionFormat: ExpressibleByArgument {}

struct SessionsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List sessions in date order, filtered.",
        discussion: """
            Filters combine (all must hold). --city finds every session the city attended, including \
            forum events that list it in --cities. --search is case- and accent-insensitive over the \
            id, the cities' ids and names, format, area, outcome and follow-up.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: ArgumentHelp("Only this pair.", valueName: "pilot:peer")) var pair: String?
    @Option(help: ArgumentHelp("Sessions this city attended.", valueName: "id")) var city: String?
    @Option(help: ArgumentHelp("Interest area id.", valueName: "area")) var area: String?
    @Option(name: .customLong("session-format"), help: ArgumentHelp("webinar, workshop, city-visit, knowledge-forum, exposure-visit or call.", valueName: "format"))
    var sessionFormat: SessionFormat?
    @Option(help: ArgumentHelp("On or after this date.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("On or before this date.", valueName: "YYYY-MM-DD")) var to: String?
    @Option(help: ArgumentHelp("A rating (4) or a range (1-2).", valueName: "n[-m]")) var rating: String?
    @Flag(help: "Only sessions with an open follow-up.") var openFollowUps = false
    @Option(help: ArgumentHelp("Text to find.", valueName: "text")) var search: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        var filter = SessionFilter(city: city, area: area, format: sessionFormat, openFollowUpsOnly: openFollowUps,
                                   search: search ?? "")
        if let pair { filter.pair = try parsePair(pair, in: forum) }
        if let city, forum.cities.firstIndex(where: { $0.id == city }) == nil {
            throw CommandFailure.badInput(unknownCityMessage(city, in: forum))
        }
        if let area, forum.forum.area(area) == nil {
            throw CommandFailure.badInput("unknown interest area '\(area)'; known areas: \(forum.forum.areaIDs.joined(separator: ", "))")
        }
        filter.from = try from.map { try day($0, option: "--from") }
        filter.to = try to.map { try day($0, option: "--to") }
        if let rating {
            let parts = rating.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count <= 2, let lo = parts.first ?? nil, let hi = parts.last ?? nil, 1 <= lo, lo <= hi, hi <= 5 else {
                throw CommandFailure.badInput("--rating: expected a rating 1..5 or a range such as 1-2, got \"\(rating)\"")
            }
            filter.ratings = lo...hi
        }
        let index = SessionIndex(forum)
        let sessions = index.matching(filter).map { index.sessions[$0] }
        switch format {
        case .json: Console.outRaw(Exporter.sessions(sessions, format: .json))
        case .csv: Console.outRaw(Exporter.sessions(sessions, format: .csv))
        case .table:
            var table = TextTable([
                .init("id", maxWidth: 18), .init("date"), .init("format"), .init("pair", maxWidth: 30), .init("area", maxWidth: 22),
                .init("rating", alignRight: true), .init("follow-up", maxWidth: 40), .init("outcome", maxWidth: 50),
            ])
            for s in sessions {
                let pairText = s.pair.description + (s.cities.isEmpty ? "" : " +\(s.cities.count)")
                let followUp = s.followUp.isEmpty ? "" : (s.followUpDone ? "✓ " : "") + s.followUp
                table.add([s.id, s.date.description, s.format.rawValue, pairText, s.area ?? "",
                           s.rating.map(String.init) ?? "", followUp, s.outcome])
            }
            if !sessions.isEmpty { Console.write(table.render(), fd: 1) }
            Console.out("\(sessions.count.grouped) of \(forum.sessions.count.grouped) sessions")
        }
    }

    private func day(_ text: String, option: String) throws -> Day {
        guard let d = Day(text) else { throw CommandFailure.badInput("\(option): expected a date YYYY-MM-DD, got \"\(text)\"") }
        return d
    }
}

/// `pilot:peer` → a pair whose two cities exist.
func parsePair(_ text: String, in forum: ForumData) throws -> PairKey {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw CommandFailure.badInput("--pair: expected pilot:peer such as chennai:surat, got \"\(text)\"")
    }
    for id in parts where !forum.cities.contains(where: { $0.id == id }) {
        throw CommandFailure.badInput(unknownCityMessage(id, in: forum))
    }
    return PairKey(pilot: parts[0], peer: parts[1])
}
