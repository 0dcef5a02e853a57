import ArgumentParser
import PeerMatchCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(coming)")
}
