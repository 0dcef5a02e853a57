import ArgumentParser
import PeerMatchCore

struct SessionLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a session of a pair (or, with --allow-unpaired, of any two cities).",
        discussion: """
            Required: --pilot, --peer, --format; --date defaults to today. Every problem is reported, \
            each naming its field, and nothing is written. Prints the new session's id: ids are \
            random, so sessions logged on two git branches never share one.
            """)

    @OptionGroup var fields: SessionFieldOptions
    @Flag(help: "Accept two cities that have no pairing (peer–peer, pilot–member, a forum event).")
    var allowUnpaired = false
    @OptionGroup var data: DataOptions

    func run() throws {
        let draft = fields.applied(to: SessionDraft(date: Day.today().description))
        var generator = SystemRandomNumberGenerator()
        let session = try data.folder.update { forum in
            try forum.logSession(draft, allowUnpaired: allowUnpaired, using: &generator)
        }
        Console.out("Logged session \(session.id): \(session.date) \(session.format.rawValue), \(session.pair).")
    }
}
