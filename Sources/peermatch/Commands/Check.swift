import ArgumentParser
import PeerMatchCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(coming)")
}
