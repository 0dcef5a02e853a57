import ArgumentParser
import PeerMatchCore

extension Exporter.Format: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export cities, sessions or pairings as CSV or JSON, in the shapes import reads; or sessions as an iCalendar file.",
        discussion: """
            Writes to standard output, or atomically to --output FILE. The same data always gives the same bytes. \
            CSV cells that start with =, +, -, @, tab or CR get a leading ' so a spreadsheet shows them as text \
            instead of running them as formulas; import removes it. --raw writes them as they are.
            `export ics` writes an RFC 5545 calendar: an all-day event per session and a to-do per open \
            follow-up, with UIDs from the session ids, so importing it again updates the calendar instead \
            of adding copies; --pair pilot:peer keeps one pair's sessions.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case cities, sessions, pairings, ics }

    @Argument(help: ArgumentHelp("What to export: cities, sessions, pairings or ics.", valueName: "kind"))
    var kind: Kind

    @Option(help: "csv or json.")
    var format: Exporter.Format = .csv

    @Option(name: [.short, .long, .customLong("out")], help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "CSV: write cells starting with = + - @ as they are, without the ' that stops spreadsheets running them as formulas.")
    var raw = false

    @Option(help: ArgumentHelp("ics only: one pair's sessions.", valueName: "pilot:peer"))
    var pair: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        let bytes: [UInt8]
        switch kind {
        case .cities: bytes = Exporter.cities(forum.cities, format: format, guardsFormulas: !raw)
        case .sessions: bytes = Exporter.sessions(forum.sessions, format: format, guardsFormulas: !raw)
        case .pairings: bytes = Exporter.pairings(forum, format: format, guardsFormulas: !raw)
        case .ics: bytes = CalendarExport.ics(forum, pair: try pair.map { try parsePair($0, in: forum) }, stamp: Day.today())
        }
        if let output, output != "-" {
            try PlainFile.writeAtomically(bytes, to: output)
        } else {
            Console.outRaw(bytes)
        }
    }
}
