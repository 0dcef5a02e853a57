import ArgumentParser

/// Every subcommand, in the order `--help` lists them.
enum CommandRegistry {
    static let all: [any ParsableCommand.Type] = [
        Init.self,
        Import.self,
        Export.self,
        Cities.self,
        Check.self,
        Match.self,
        Mentors.self,
        Mentees.self,
        SessionCommand.self,
        Sessions.self,
        FollowUpsCommand.self,
        FollowUpCommand.self,
        Pair.self,
        MergeSessions.self,
        Pin.self,
        Unpin.self,
        Exclude.self,
        Unexclude.self,
        Pairings.self,
        Request.self,
        Report.self,
    ]
}
