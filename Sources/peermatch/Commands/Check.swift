import ArgumentParser
import PeerMatchCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the forum for inconsistencies.",
        discussion: "Finds ids that name no city (or a city of the wrong role), cities over capacity, unknown interest areas, active pairings whose cities share no area, every pin `match` would refuse (in the words `match` uses), duplicate session ids, pairings that end before they start, active pairings with an end date, and sessions dated before their pairing started or after it ended. Exit 0 when all is well, 1 with the list of problems.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "text or json ({\"problems\": [{\"kind\", \"message\"}], …}).") var format: OutputFormat = .text
    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        let problems = ForumCheck.problems(in: forum)
        if format == .json {
            Console.outRaw(json(problems, forum))
            if !problems.isEmpty { throw summary(problems) }
            return
        }
        if problems.isEmpty {
            Console.out("OK: \(forum.cities.count.grouped) cities, \(forum.pairings.count.grouped) pairings, \(forum.sessions.count.grouped) sessions; no problems found.")
            return
        }
        for p in problems { Console.out(p.description) }
        throw summary(problems)
    }

    private func summary(_ problems: [CheckProblem]) -> CommandFailure {
        .no("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(data.resolvedPath).")
    }

    /// `{"cities", "pairings", "sessions", "problems": [{"kind", "message"}]}`, one problem a line.
    private func json(_ problems: [CheckProblem], _ forum: ForumData) -> [UInt8] {
        var w = JSONWriter(indent: 2)
        w.beginObject()
        w.field("cities", forum.cities.count)
        w.field("pairings", forum.pairings.count)
        w.field("sessions", forum.sessions.count)
        w.key("problems")
        w.beginArray()
        for p in problems {
            w.inline { w in
                w.beginObject()
                w.field("kind", p.kind.rawValue)
                w.field("message", p.message)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }
}
