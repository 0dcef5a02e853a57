import ArgumentParser
import PeerMatchCore

/// Options shared by `mentors` and `mentees`.
struct PartnerOptions: ParsableArguments {
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("The city's id.", valueName: "id")) var city: String
    @Option(help: "Show at most this many (default: all).") var limit: Int?
    @Option(help: "table or json.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Read the cities from this roster CSV instead of the data folder.", valueName: "file"))
    var roster: String?
    @OptionGroup var data: DataOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if roster != nil && data.data != nil { throw ValidationError("give --roster or --data, not both") }
    }

    func load() throws -> ForumData {
        try roster.map(RosterReader.readForum(file:)) ?? data.folder.load()
    }
}

struct Mentors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the pilots that could mentor a peer, and say why each fits.",
        discussion: "Every allowed pilot (a shared interest area, not excluded, not already paired), highest score first, ties by id. Pilots with no capacity left (after active pairings and pins) are shown as full.")

    @OptionGroup var options: PartnerOptions

    func run() throws { try PartnerList.run(options, role: .peer) }
}

struct Mentees: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the peers a pilot could mentor, and say why each fits.",
        discussion: "Every allowed peer (a shared interest area, not excluded, not already paired), highest score first, ties by id. Peers with no capacity left (after active pairings and pins) are shown as full.")

    @OptionGroup var options: PartnerOptions

    func run() throws { try PartnerList.run(options, role: .pilot) }
}

/// The shared body of `mentors` (for a peer) and `mentees` (for a pilot).
enum PartnerList {
    static func run(_ options: PartnerOptions, role: CityRole) throws {
        let forum = try options.load()
        let index = ForumIndex(forum)
        guard let k = index.cityPosition[options.city] else {
            throw CommandFailure.badInput(unknownCityMessage(options.city, in: forum))
        }
        let city = forum.cities[k]
        guard city.role == role else {
            let other = role == .peer ? "mentees" : "mentors"
            throw CommandFailure.badInput(city.role == .member
                ? "'\(city.id)' is a member; members are never matched"
                : "'\(city.id)' is a \(city.role.rawValue); `peermatch \(other) \(city.id)` lists its possible partners")
        }
        let scorer = PairScorer(forum: forum.forum, cities: forum.cities)
        var candidates = PartnerRanking.candidates(for: city.id, in: forum, scorer: scorer, index: index)
        let total = candidates.count
        if let limit = options.limit { candidates = Array(candidates.prefix(limit)) }
        switch options.format {
        case .json: Console.outRaw(json(city, candidates))
        case .table:
            var lines: [String] = []
            lines.append("\(role == .peer ? "Pilots for" : "Peers for") \(city.name.terminalEscaped) (\(city.id)): \(total.grouped) allowed"
                + (candidates.count < total ? ", best \(candidates.count.grouped) shown" : ""))
            lines.append("")
            Console.out(lines.joined(separator: "\n"))
            Console.write(table(candidates).render(), fd: 1)
        }
    }

    static func table(_ candidates: [PartnerCandidate]) -> TextTable {
        var table = TextTable([
            .init("#", alignRight: true), .init("city", maxWidth: 28), .init("id", maxWidth: 20),
            .init("score", alignRight: true), .init("why it fits", maxWidth: 70), .init("capacity", alignRight: true),
        ], cutsLongCells: Console.stdoutIsTerminal)
        for (n, c) in candidates.enumerated() {
            table.add([(n + 1).grouped, c.city.name, c.city.id, c.score.formatted, c.explanation.summary,
                       c.isFull ? "full" : "\(c.capacityLeft.grouped) left"])
        }
        return table
    }

    /// `{"city", "role", "candidates": [...]}`, one candidate per line.
    static func json(_ city: City, _ candidates: [PartnerCandidate]) -> [UInt8] {
        var out: [UInt8] = Array("{\n  \"city\": ".utf8)
        out += JSONWriter.oneLine { $0.string(city.id) }
        out += Array(",\n  \"role\": \"\(city.role.rawValue)\",\n  \"candidates\": [".utf8)
        for (n, c) in candidates.enumerated() {
            out += Array((n == 0 ? "\n    " : ",\n    ").utf8)
            out += JSONWriter.oneLine { w in
                w.beginObject()
                w.field("id", c.city.id)
                w.field("name", c.city.name)
                w.field("score", c.score.value)
                c.explanation.writeJSONFields(into: &w)
                w.field("capacityLeft", c.capacityLeft)
                w.field("full", c.isFull)
                w.field("sessionsTogether", c.sessionsTogether)
                w.endObject()
            }
        }
        out += Array((candidates.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return out
    }
}
