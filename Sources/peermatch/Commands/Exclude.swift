import ArgumentParser
import PeerMatchCore

struct Exclude: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Exclude a pilot–peer pair: no match will propose it.")

    @OptionGroup var pair: PairArguments
    @Option(help: "Why; kept with the exclusion.") var note = ""
    @OptionGroup var data: DataOptions

    func run() throws {
        try WorkspaceEdit.run(.exclude(pair.key, note: note), data: data)
        Console.out("excluded \(pair.key)")
    }
}
