import ArgumentParser
import PeerMatchCore

struct Unpin: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a pin.")

    @OptionGroup var pair: PairArguments
    @OptionGroup var data: DataOptions

    func run() throws {
        try WorkspaceEdit.run(.unpin(pair.key), data: data)
        Console.out("unpinned \(pair.key)")
    }
}
