import ArgumentParser
import PeerMatchCore

struct Pin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pin a pilot–peer pair: every match will include it.",
        discussion: "Refused, with the sentence `match` would give, when the match could not keep it (no shared area, excluded, already paired, pins over a capacity).")

    @OptionGroup var pair: PairArguments
    @OptionGroup var data: DataOptions

    func run() throws {
        try WorkspaceEdit.run(.pin(pair.key), data: data)
        Console.out("pinned \(pair.key)")
    }
}
