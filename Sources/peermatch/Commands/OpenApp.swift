import PeerMatchCore
import PeerMatchTUI

/// `peermatch` with no subcommand: the terminal app. A data folder that
/// cannot load, or a terminal that cannot show the app, ends with the
/// reason and exit status 2, before curses starts.
enum OpenApp {
    static func run(dataPath: String) throws {
        do {
            try App.run(dataPath: dataPath)
        } catch let error as TerminalError {
            throw CommandFailure.badInput(error.description)
        }
    }
}
