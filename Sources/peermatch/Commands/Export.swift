import ArgumentParser
import PeerMatchCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(coming)")
}
