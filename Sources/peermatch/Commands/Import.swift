import ArgumentParser
import PeerMatchCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import cities, sessions or pairings from CSV (or the JSON that export writes).",
        discussion: "Imports are all or nothing: the first bad row stops the import with its file, line and column, and the data folder is left exactly as it was.",
        subcommands: [ImportCities.self, ImportSessions.self, ImportPairings.self])
}

/// What an import reads: a file, or standard input for `-`; read whole
/// before the data folder is locked, so a slow pipe never holds the lock.
struct ImportSource {
    /// The name errors give: the path, or `(standard input)`.
    let name: String
    let bytes: [UInt8]
    /// JSON (as export writes it) or CSV: told by a `.json` extension, or for
    /// standard input by a first non-blank `{` (no CSV header starts so).
    let isJSON: Bool

    init(_ path: String) throws {
        if path == "-" {
            name = "(standard input)"
            bytes = try PlainFile.readStandardInput()
            isJSON = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } == UInt8(ascii: "{")
        } else {
            guard let read = try PlainFile.read(path) else {
                throw CommandFailure.badInput("cannot read \(path): no such file")
            }
            name = path
            bytes = read
            isJSON = path.lowercased().hasSuffix(".json")
        }
    }
}

struct ImportCities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cities",
        abstract: "Import a city roster; merges by id.",
        discussion: "Columns: id, name, country, role (required), region, capacity, languages, networks, interests, and any x- column. See FORMATS.md. A known id updates that city: columns the file does not have keep their values; an empty cell clears its field (capacity: the role's default). An update that changes the role of a paired city or cuts a capacity below its active pairings is refused unless --force. Prints how many cities were added, updated and unchanged.")

    @Argument(help: ArgumentHelp("Roster CSV (or cities JSON from export); - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Replace the whole roster: cities not in the file are removed (refused while pairings or sessions name them).")
    var replace = false

    @Flag(help: "Import even if it breaks committed pairings (a paired city's role changed, a capacity below its active pairings); the output lists what it broke.")
    var force = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let folder = data.folder
        let progress = Progress("importing cities")
        let source = try ImportSource(file)
        let summary = try folder.update { forum in
            let read: (cities: [City], columns: [String]?) = source.isJSON
                ? (try JSONImport.cities(source.bytes, file: source.name, forum: forum.forum), nil)
                : try RosterReader.parseWithColumns(source.bytes, file: source.name, forum: forum.forum, progress: progress.update)
            return try ForumImport.mergeCities(read.cities, columns: read.columns, into: &forum, replace: replace, force: force,
                                               file: source.name)
        }
        progress.finish()
        Console.out("Imported cities from \(source.name): \(summary).")
        for b in summary.broken { Console.out("broke: \(b)") }
        if !summary.broken.isEmpty {
            Console.out("--force changed \(summary.broken.count) cit\(summary.broken.count == 1 ? "y" : "ies") that pairings rely on; `peermatch check` lists what to fix.")
        }
    }
}

struct ImportSessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "Import a session log.",
        discussion: "Columns: date, pilot, peer, format (required), area, attendees, rating, outcome, follow-up; also id, follow-up-due, follow-up-done as export writes them. Rows with an id update that session; rows without one are added, unless an identical session exists.")

    @Argument(help: ArgumentHelp("Session CSV (or sessions JSON from export); - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Accept sessions between a pilot and a peer that have no pairing.")
    var allowUnpaired = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let progress = Progress("importing sessions")
        let source = try ImportSource(file)
        let summary = try data.folder.update { forum in
            let rows: [SessionRow]
            if source.isJSON {
                rows = try JSONImport.sessions(source.bytes, file: source.name).map { SessionRow(session: $0, hasID: true, line: 0) }
                try SessionReader.check(rows.map(\.session), file: source.name, data: forum, allowUnpaired: allowUnpaired)
            } else {
                rows = try SessionReader.parse(source.bytes, file: source.name, data: forum, allowUnpaired: allowUnpaired,
                                               progress: progress.update)
            }
            return ForumImport.mergeSessions(rows, into: &forum)
        }
        progress.finish()
        Console.out("Imported sessions from \(source.name): \(summary).")
    }
}

struct ImportPairings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairings",
        abstract: "Import pairings (as export pairings writes them); merges by pilot, peer and start date.",
        discussion: "The JSON form also brings back pins and exclusions (with their notes); pins `match` could not keep are refused with its sentence. The CSV form holds pairings only.")

    @Argument(help: ArgumentHelp("Pairings CSV (or pairings JSON from export); - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var data: DataOptions

    func run() throws {
        let source = try ImportSource(file)
        let (summary, links) = try data.folder.update { forum in
            if source.isJSON {
                let read = try JSONImport.pairingLinks(source.bytes, file: source.name)
                try PairingReader.check(read.pairings, file: source.name, data: forum)
                let summary = ForumImport.mergePairings(read.pairings, into: &forum)
                return (summary, Optional(try ForumImport.mergeLinks(read, into: &forum, file: source.name)))
            }
            let pairings = try PairingReader.parse(source.bytes, file: source.name, data: forum)
            return (ForumImport.mergePairings(pairings, into: &forum), nil)
        }
        Console.out("Imported pairings from \(source.name): \(summary)" + (links.map { "; \($0)" } ?? "") + ".")
    }
}
