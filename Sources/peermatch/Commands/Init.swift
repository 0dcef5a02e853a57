import ArgumentParser
import PeerMatchCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(coming)")
}
