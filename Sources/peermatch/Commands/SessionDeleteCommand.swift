import ArgumentParser
import PeerMatchCore

struct SessionDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a session.",
        discussion: "Prints the deleted session as JSON on standard output; `peermatch import sessions FILE.json` with it puts the session back.")

    @Argument(help: ArgumentHelp("The session's id.", valueName: "id")) var id: String
    @OptionGroup var data: DataOptions

    func run() throws {
        let undo = try data.folder.update { forum in try forum.deleteSession(id: id) }
        if case .restore(let s) = undo { Console.outRaw(Exporter.sessions([s], format: .json)) }
        Console.error("Deleted session \(id).")
    }
}
