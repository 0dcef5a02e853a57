import ArgumentParser
import PeerMatchCore

struct PairGoal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: "Set a pair's learning goal and its milestones.",
        discussion: """
            Milestones get ids m1, m2…; a milestone whose text is unchanged keeps its id, so \
            sessions that ticked it (session log --milestone m1) still count. With no goal options, \
            shows the goal and its progress.
            """)

    @Argument(help: ArgumentHelp("The pilot's id.", valueName: "pilot")) var pilot: String
    @Argument(help: ArgumentHelp("The peer's id.", valueName: "peer")) var peer: String
    @Option(help: ArgumentHelp("What the pair means to learn.", valueName: "text")) var goal: String?
    @Option(name: .customLong("milestone"), help: ArgumentHelp("A milestone (repeatable, in order).", valueName: "text"))
    var milestones: [String] = []
    @OptionGroup var data: DataOptions

    func run() throws {
        let pair = PairKey(pilot: pilot, peer: peer)
        let forum: ForumData
        if let goal {
            forum = try data.folder.update { forum in
                _ = try forum.setGoal(goal, milestones: milestones, for: pair)
                return forum
            }
        } else {
            if !milestones.isEmpty { throw CommandFailure.badInput("--milestone needs --goal") }
            forum = try data.folder.load()
        }
        guard let g = forum.latestPairing(for: pair)?.goal, let progress = forum.goalProgress(for: pair) else {
            Console.out("Pair \(pair) has no learning goal.")
            return
        }
        var lines = ["Pair \(pair): \(g.text) (\(progress))"]
        for m in g.milestones { lines.append("  [\(progress.ticked.contains(m.id) ? "x" : " ")] \(m.id)  \(m.text)") }
        Console.out(lines.joined(separator: "\n"))
    }
}
