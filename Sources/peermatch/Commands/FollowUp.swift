import ArgumentParser
import PeerMatchCore

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Mark a session's follow-up done, or open again.",
        subcommands: [FollowUpDone.self, FollowUpUndone.self])
}

struct FollowUpDone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a follow-up done (undo: followup undone ID).")

    @Argument(help: ArgumentHelp("The session's id.", valueName: "id")) var id: String
    @OptionGroup var data: DataOptions

    func run() throws {
        try data.folder.update { forum in _ = try forum.setFollowUpDone(id: id, true) }
        Console.out("Follow-up of session \(id) is done.")
    }
}

struct FollowUpUndone: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undone", abstract: "Open a follow-up marked done again.")

    @Argument(help: ArgumentHelp("The session's id.", valueName: "id")) var id: String
    @OptionGroup var data: DataOptions

    func run() throws {
        try data.folder.update { forum in _ = try forum.setFollowUpDone(id: id, false) }
        Console.out("Follow-up of session \(id) is open again.")
    }
}
