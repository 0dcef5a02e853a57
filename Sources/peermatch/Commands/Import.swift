import ArgumentParser
import PeerMatchCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import cities, sessions or pairings from CSV (or the JSON that export writes).",
        discussion: "Imports are all or nothing: the first bad row stops the import with its file, line and column, and the data folder is left exactly as it was.",
        subcommands: [ImportCities.self, ImportSessions.self, ImportPairings.self])
}

/// Reads a file whose format is told by its extension (.json) or else CSV.
private func isJSON(_ path: String) -> Bool { path.lowercased().hasSuffix(".json") }

private func readBytes(_ path: String) throws -> [UInt8] {
    guard let bytes = try PlainFile.read(path) else {
        throw CommandFailure.badInput("cannot read \(path): no such file")
    }
    return bytes
}

struct ImportCities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cities",
        abstract: "Import a city roster; merges by id.",
        discussion: "Columns: id, name, country, role (required), region, capacity, languages, networks, interests, and any x- column. See FORMATS.md. Prints how many cities were added, updated and unchanged.")

    @Argument(help: ArgumentHelp("Roster CSV (or cities JSON from export).", valueName: "file"))
    var file: String

    @Flag(help: "Replace the whole roster: cities not in the file are removed (refused while pairings or sessions name them).")
    var replace = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let folder = data.folder
        let progress = Progress("importing cities")
        let summary = try folder.update { forum in
            let bytes = try readBytes(file)
            let cities = isJSON(file)
                ? try JSONImport.cities(bytes, file: file, forum: forum.forum)
                : try RosterReader.parse(bytes, file: file, forum: forum.forum, progress: progress.update)
            return try ForumImport.mergeCities(cities, into: &forum, replace: replace, file: file)
        }
        progress.finish()
        Console.out("Imported cities from \(file): \(summary).")
    }
}

struct ImportSessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "Import a session log.",
        discussion: "Columns: date, pilot, peer, format (required), area, attendees, rating, outcome, follow-up; also id, follow-up-due, follow-up-done as export writes them. Rows with an id update that session; rows without one are added, unless an identical session exists.")

    @Argument(help: ArgumentHelp("Session CSV (or sessions JSON from export).", valueName: "file"))
    var file: String

    @Flag(help: "Accept sessions between a pilot and a peer that have no pairing.")
    var allowUnpaired = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let progress = Progress("importing sessions")
        let summary = try data.folder.update { forum in
            let bytes = try readBytes(file)
            let rows: [SessionRow]
            if isJSON(file) {
                rows = try JSONImport.sessions(bytes, file: file).map { SessionRow(session: $0, hasID: true, line: 0) }
                try SessionReader.check(rows.map(\.session), file: file, data: forum, allowUnpaired: allowUnpaired)
            } else {
                rows = try SessionReader.parse(bytes, file: file, data: forum, allowUnpaired: allowUnpaired, progress: progress.update)
            }
            return ForumImport.mergeSessions(rows, into: &forum)
        }
        progress.finish()
        Console.out("Imported sessions from \(file): \(summary).")
    }
}

struct ImportPairings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairings",
        abstract: "Import pairings (as export pairings writes them); merges by pilot, peer and start date.",
        discussion: "The JSON form also brings back pins and exclusions (with their notes); pins `match` could not keep are refused with its sentence. The CSV form holds pairings only.")

    @Argument(help: ArgumentHelp("Pairings CSV (or pairings JSON from export).", valueName: "file"))
    var file: String

    @OptionGroup var data: DataOptions

    func run() throws {
        let (summary, links) = try data.folder.update { forum in
            let bytes = try readBytes(file)
            if isJSON(file) {
                let read = try JSONImport.pairingLinks(bytes, file: file)
                try PairingReader.check(read.pairings, file: file, data: forum)
                let summary = ForumImport.mergePairings(read.pairings, into: &forum)
                return (summary, Optional(try ForumImport.mergeLinks(read, into: &forum, file: file)))
            }
            let pairings = try PairingReader.parse(bytes, file: file, data: forum)
            return (ForumImport.mergePairings(pairings, into: &forum), nil)
        }
        Console.out("Imported pairings from \(file): \(summary)" + (links.map { "; \($0)" } ?? "") + ".")
    }
}
