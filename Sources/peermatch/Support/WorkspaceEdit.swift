import ArgumentParser
import PeerMatchCore

/// `PILOT PEER`, as the pair commands take them.
struct PairArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The pilot's id.", valueName: "pilot")) var pilot: String
    @Argument(help: ArgumentHelp("The peer's id.", valueName: "peer")) var peer: String

    var key: PairKey { PairKey(pilot: pilot, peer: peer) }
}

/// The body of every pair command: open a workspace on the data folder, apply
/// one action (the Core rules and sentences decide), commit it without
/// proposals. A refusal is bad input: exit 2 with the sentence.
enum WorkspaceEdit {
    static func run(_ action: WorkspaceAction, data: DataOptions, cohort: String = "", date: Day = .today()) throws {
        let workspace = try action.apply(to: Workspace(data.folder.load()))
        try workspace.commit(to: data.folder, cohort: cohort, on: date, includingProposals: false)
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
