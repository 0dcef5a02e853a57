import ArgumentParser
import PeerMatchCore

struct Cities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(coming)")
}
