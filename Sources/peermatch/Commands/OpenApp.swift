import PeerMatchCore
import PeerMatchTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `peermatch` with no subcommand: the terminal app. A data folder that
/// cannot load, or a terminal that cannot show the app, ends with the
/// reason and exit status 2, before curses starts. Ended by a signal
/// (Ctrl-C, SIGTERM), it restores the terminal and exits 128 + signal.
enum OpenApp {
    static func run(dataPath: String) throws {
        let signal: Int32?
        do {
            signal = try App.run(folder: DataFolder(path: dataPath))
        } catch let error as TerminalError {
            throw CommandFailure.badInput(error.description)
        }
        if let signal { exit(128 + signal) }
    }
}
