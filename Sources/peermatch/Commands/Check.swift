import ArgumentParser
import PeerMatchCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the forum for inconsistencies.",
        discussion: "Finds ids that name no city (or a city of the wrong role), cities over capacity, unknown interest areas, active pairings whose cities share no area, and every pin `match` would refuse (in the words `match` uses). Exit 0 when all is well, 1 with the list of problems.")

    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        let problems = ForumCheck.problems(in: forum)
        if problems.isEmpty {
            Console.out("OK: \(forum.cities.count.grouped) cities, \(forum.pairings.count.grouped) pairings, \(forum.sessions.count.grouped) sessions; no problems found.")
            return
        }
        for p in problems { Console.out(p.description) }
        throw CommandFailure.no("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(data.resolvedPath).")
    }
}
