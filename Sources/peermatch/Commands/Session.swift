import ArgumentParser

/// `peermatch session log|edit|delete`.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Log, edit or delete a co-learning session.",
        subcommands: [SessionLogCommand.self, SessionEditCommand.self, SessionDeleteCommand.self])
}
