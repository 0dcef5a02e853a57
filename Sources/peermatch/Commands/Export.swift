import ArgumentParser
import PeerMatchCore

extension Exporter.Format: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export cities, sessions or pairings as CSV or JSON, in the shapes import reads.",
        discussion: "Writes to standard output, or atomically to --output FILE. The same data always gives the same bytes.")

    enum Kind: String, ExpressibleByArgument, CaseIterable { case cities, sessions, pairings }

    @Argument(help: ArgumentHelp("What to export: cities, sessions or pairings.", valueName: "kind"))
    var kind: Kind

    @Option(help: "csv or json.")
    var format: Exporter.Format = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output; - is standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        let bytes: [UInt8]
        switch kind {
        case .cities: bytes = Exporter.cities(forum.cities, format: format)
        case .sessions: bytes = Exporter.sessions(forum.sessions, format: format)
        case .pairings: bytes = Exporter.pairings(forum, format: format)
        }
        if let output, output != "-" {
            try PlainFile.writeAtomically(bytes, to: output)
        } else {
            Console.outRaw(bytes)
        }
    }
}
