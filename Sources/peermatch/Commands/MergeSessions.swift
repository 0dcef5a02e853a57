import ArgumentParser
import PeerMatchCore

struct MergeSessions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-sessions",
        abstract: "Merge two versions of sessions.json by session id (a git merge driver).",
        discussion: """
            Optional: the data folder's .gitattributes (written by `peermatch init`) has git merge \
            sessions.json with its built-in union merge, which needs no set-up. For merges that report \
            a session changed on both branches as a conflict, set this driver up in a clone with:
              git config merge.peermatch-sessions.driver "peermatch merge-sessions %O %A %B"
              echo "data/sessions.json merge=peermatch-sessions" >> .git/info/attributes
            Sessions added on either branch are kept; a session changed on one branch takes that change. \
            Writes the result over OURS. Exit 0 when merged; 1 when a session was changed differently on \
            both branches (ours is kept; git reports a conflict to resolve); 2 on unreadable input.
            """)

    @Argument(help: ArgumentHelp("The common ancestor's sessions.json.", valueName: "base")) var base: String
    @Argument(help: ArgumentHelp("Our sessions.json; the result is written here.", valueName: "ours")) var ours: String
    @Argument(help: ArgumentHelp("Their sessions.json.", valueName: "theirs")) var theirs: String

    func run() throws {
        func read(_ path: String) throws -> [Session] {
            guard let bytes = try PlainFile.read(path) else { throw CommandFailure.badInput("cannot read \(path): no such file") }
            return try JSONImport.sessions(bytes, file: path)
        }
        let result = SessionMerge.merge(base: try read(base), ours: try read(ours), theirs: try read(theirs))
        try PlainFile.writeAtomically(SessionCodec.writeJSON(result.sessions), to: ours)
        if !result.conflicts.isEmpty {
            throw CommandFailure.no("sessions changed differently on both branches (ours kept): \(result.conflicts.joined(separator: ", "))")
        }
    }
}
