import ArgumentParser
import PeerMatchCore

struct Unexclude: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove an exclusion.")

    @OptionGroup var pair: PairArguments
    @OptionGroup var data: DataOptions

    func run() throws {
        try WorkspaceEdit.run(.unexclude(pair.key), data: data)
        Console.out("unexcluded \(pair.key)")
    }
}
