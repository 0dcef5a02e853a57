import ArgumentParser

/// `peermatch pair …`: only the list of subcommands, each in its own file.
struct Pair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record what happens to a pair.",
        subcommands: [
            PairFit.self,
            PairGoal.self,
        ])
}
