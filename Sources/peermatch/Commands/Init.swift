import ArgumentParser
import PeerMatchCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create an empty forum in a data folder.",
        discussion: "Writes forum.json (with the default interest-area taxonomy), cities.json, pairings.json and sessions.json. Refuses a folder that already holds a forum.")

    @Argument(help: ArgumentHelp("The folder to create (made if missing).", valueName: "dir"))
    var directory: String

    @Option(help: "The forum's display name.")
    var name: String = "PeerMatch forum"

    func run() throws {
        let folder = try DataFolder.create(at: directory, forumName: name)
        Console.out("Created an empty forum in \(folder.path). Next: peermatch import cities ROSTER.csv --data \(folder.path)")
    }
}
