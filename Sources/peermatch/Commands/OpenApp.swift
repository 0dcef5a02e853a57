import PeerMatchCore
import PeerMatchTUI

/// `peermatch` with no subcommand.
enum OpenApp {
    static func run(dataPath: String) throws {
        throw CommandFailure.badInput("the terminal app is not built yet")
    }
}
