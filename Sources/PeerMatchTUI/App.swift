import PeerMatchCore

/// Runs the app: opens the terminal, loads the forum in the background
/// behind a "loading…" frame, then loops — read an event, update the model,
/// draw a frame — until `q` or a signal. The terminal is restored on every way out.
public enum App {
    /// Opens the terminal app on a data folder. Throws, without touching the
    /// terminal, when there is no forum at the folder or the terminal cannot
    /// show the app (`TerminalError`); a forum that cannot be read ends the
    /// app and throws `AppLoadFailure` once the terminal is restored. Returns
    /// the signal that ended the app (SIGINT, SIGTERM, SIGHUP), or nil when the user quit.
    @discardableResult
    public static func run(folder: DataFolder, environment: [String: String] = currentEnvironment()) throws -> Int32? {
        // Check the terminal and the folder first (cheap): a pipe or a missing
        // folder never sees curses.
        try NcursesTerminal.checkCanStart(environment: environment)
        try folder.checkIsForum()
        let terminal = try NcursesTerminal(environment: environment)
        defer { terminal.restore() }
        var model = AppModel(folder: folder, width: terminal.size.width, height: terminal.size.height)
        var loop = EventLoop(terminal: terminal)
        loop.run(&model)
        if let failure = model.failure {
            terminal.restore()
            throw AppLoadFailure(description: failure)
        }
        return model.endingSignal
    }
}

/// The data folder could not be read once the app had started.
public struct AppLoadFailure: PeerMatchError {
    public var description: String
}
