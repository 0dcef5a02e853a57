import ArgumentParser
import PeerMatchCore

struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the pilots a peer city would like, best first (up to 3).",
        discussion: "Kept in requests.json. Requests do not change scores or the match; the coordinator's workspace shows whether a peer got a requested pilot. With no pilot, shows the peer's request; --clear removes it.")

    @Argument(help: ArgumentHelp("The peer's id.", valueName: "peer")) var peer: String
    @Argument(help: ArgumentHelp("Pilot ids, best first.", valueName: "pilot")) var pilots: [String] = []
    @Flag(help: "Remove the peer's request.") var clear = false
    @OptionGroup var data: DataOptions

    func validate() throws {
        if clear && !pilots.isEmpty { throw ValidationError("give pilots or --clear, not both") }
    }

    func run() throws {
        if pilots.isEmpty && !clear {
            let forum = try data.folder.load()
            guard forum.cityIndex()[peer] != nil else { throw CommandFailure.badInput(unknownCityMessage(peer, in: forum)) }
            let wish = forum.requests.first { $0.peer == peer }
            Console.out(wish.map { "\(peer) requests: \($0.pilots.joined(separator: ", "))" } ?? "\(peer) has requested no pilot")
            return
        }
        try data.folder.update { try $0.setRequest(peer: peer, pilots: pilots) }
        Console.out(clear ? "cleared the request of \(peer)" : "\(peer) requests: \(pilots.joined(separator: ", "))")
    }
}
