import ArgumentParser
import PeerMatchCore

struct Pairings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the committed pairings.",
        subcommands: [PairingsList.self],
        defaultSubcommand: PairingsList.self)
}

extension PairingStatus: ExpressibleByArgument {}

struct PairingsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List pairings with their sessions so far, filtered.",
        discussion: "Filters combine. --city matches the pilot or the peer.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: "active or ended.") var status: PairingStatus?
    @Option(help: ArgumentHelp("Cohort label.", valueName: "label")) var cohort: String?
    @Option(help: ArgumentHelp("A city id (pilot or peer).", valueName: "id")) var city: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        if let city, forum.cityIndex()[city] == nil {
            throw CommandFailure.badInput(unknownCityMessage(city, in: forum))
        }
        let list = PairingList(forum, status: status, cohort: cohort, city: city, today: .today())
        switch format {
        case .json: Console.outRaw(list.json())
        case .csv: Console.outRaw(list.csv())
        case .table:
            var table = TextTable([
                .init("pilot", maxWidth: 24), .init("peer", maxWidth: 24), .init("status"), .init("cohort", maxWidth: 20),
                .init("start"), .init("end"), .init("sessions", alignRight: true), .init("days since last", alignRight: true),
                .init("note", maxWidth: 40),
            ])
            for r in list.rows {
                let p = r.pairing
                table.add([p.pilot, p.peer, p.status.rawValue, p.cohort, p.start.description, p.end?.description ?? "",
                           r.sessions.grouped, p.isActive ? r.daysSinceLastSession.grouped : "", p.note])
            }
            Console.write(table.render(), fd: 1)
            Console.out("\(list.rows.count.grouped) pairing\(list.rows.count == 1 ? "" : "s")")
        }
    }
}
