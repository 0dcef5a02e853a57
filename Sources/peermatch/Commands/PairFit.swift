import ArgumentParser
import PeerMatchCore

extension FitVerdict: ExpressibleByArgument {}

struct PairFit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Record the trainer's fit verdict on a pair after its first session, or clear its flag.",
        discussion: """
            A poor verdict, or a first session rated 2 or less, flags the pair for the coordinator \
            (`pairings list` shows it) until the pairing ends or --clear-flag is given.
            """)

    @Argument(help: ArgumentHelp("The pilot's id.", valueName: "pilot")) var pilot: String
    @Argument(help: ArgumentHelp("The peer's id.", valueName: "peer")) var peer: String
    @Argument(help: ArgumentHelp("good or poor (omit with --clear-flag).", valueName: "verdict")) var verdict: FitVerdict?
    @Option(help: ArgumentHelp("Why (expected for poor).", valueName: "text")) var reason = ""
    @Flag(help: "The coordinator has dealt with the pair's flag: stop showing it.") var clearFlag = false
    @OptionGroup var data: DataOptions

    func validate() throws {
        if verdict == nil && !clearFlag { throw ValidationError("give a verdict (good or poor) or --clear-flag") }
    }

    func run() throws {
        let pair = PairKey(pilot: pilot, peer: peer)
        let flag = try data.folder.update { forum in
            if let verdict { _ = try forum.recordFit(verdict, reason: reason, for: pair, on: Day.today()) }
            if clearFlag { _ = try forum.clearFitFlag(for: pair) }
            return forum.fitFlag(for: pair)
        }
        Console.out("Pair \(pair): " + (flag.map { "flagged for the coordinator: \($0)" } ?? "not flagged") + ".")
    }
}
