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
        func read(_ path: String) throws -> (sessions: [Session], deleted: [Session]) {
            guard let bytes = try PlainFile.read(path) else { throw CommandFailure.badInput("cannot read \(path): no such file") }
            return try SessionCodec.readDataFile(bytes, file: path)
        }
        let (b, o, t) = (try read(base), try read(ours), try read(theirs))
        let result = SessionMerge.merge(base: b.sessions, ours: o.sessions, theirs: t.sessions)
        // Deleted on either side, and not alive in the result.
        let live = Set(result.sessions.map(\.id))
        var deleted: [Session] = []
        for s in o.deleted + t.deleted where !live.contains(s.id) && !deleted.contains(where: { $0.id == s.id }) { deleted.append(s) }
        deleted.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        try PlainFile.writeAtomically(SessionCodec.writeJSON(result.sessions, deleted: deleted), to: ours)
        if !result.conflicts.isEmpty {
            throw CommandFailure.no("sessions changed differently on both branches (ours kept): \(result.conflicts.joined(separator: ", "))")
        }
    }
}
