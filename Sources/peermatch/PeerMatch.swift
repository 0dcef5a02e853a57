import ArgumentParser
import PeerMatchCore
import PeerMatchTUI

/// Root command: with no subcommand it opens the terminal app.
struct PeerMatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peermatch",
        abstract: "Pair pilot cities with peer cities, and follow their co-learning sessions.",
        discussion: """
            With no subcommand, opens the interactive terminal app on the data folder.
            The data folder is ./data unless --data DIR or PEERMATCH_DATA says otherwise.
            Exit status: 0 success, 1 the answer is "no" (e.g. check found problems),
            2 bad usage or bad input.
            """,
        version: PeerMatchVersion.string,
        subcommands: CommandRegistry.all
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        try OpenApp.run(dataPath: data.resolvedPath)
    }
}
