import ArgumentParser
import PeerMatchCore

struct Pair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or end a pilot–peer pairing by hand; record what happens to a pair.",
        discussion: "add is checked by the same rules as the app: a pair must share an interest area, not be excluded, and both cities need capacity left (after active pairings and pins); --override with --note allows it anyway and records the note.",
        subcommands: [PairAdd.self, PairEnd.self, PairFit.self, PairGoal.self])
}

struct PairAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record an active pairing.")

    @OptionGroup var pair: PairArguments
    @Option(help: ArgumentHelp("Cohort label, e.g. 2026-spring.", valueName: "label")) var cohort = ""
    @Option(help: ArgumentHelp("Start date (default today).", valueName: "YYYY-MM-DD")) var date: Day?
    @Option(help: "A note kept with the pairing (required with --override).") var note = ""
    @Flag(help: "Allow a pair the rules forbid (no shared area, capacity full, excluded); needs --note.") var override = false
    @OptionGroup var data: DataOptions

    func run() throws {
        try WorkspaceEdit.run(.addPair(pair.key, note: note, override: override ? Override(note: note) : nil),
                              data: data, cohort: cohort, date: date ?? .today())
        Console.out("paired \(pair.key)" + (cohort.isEmpty ? "" : " (cohort \(cohort))"))
    }
}

struct PairEnd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end", abstract: "End an active pairing.")

    @OptionGroup var pair: PairArguments
    @Option(help: ArgumentHelp("End date (default today).", valueName: "YYYY-MM-DD")) var date: Day?
    @Option(help: "Why it ended; added to the pairing's note.") var note = ""
    @OptionGroup var data: DataOptions

    func run() throws {
        try WorkspaceEdit.run(.end(pair.key, note: note), data: data, date: date ?? .today())
        Console.out("ended \(pair.key)")
    }
}
