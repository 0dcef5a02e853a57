import PeerMatchCore

/// Runs the app: loads the forum, opens the terminal, then loops —
/// read an event, update the model, draw a frame — until `q` or a signal.
/// The terminal is restored on every way out.
public enum App {
    /// Opens the terminal app on a data folder. Throws, without touching the
    /// terminal, when the folder cannot be loaded (the core's error) or the
    /// terminal cannot show the app (`TerminalError`). Returns the signal
    /// that ended the app (SIGINT, SIGTERM, SIGHUP), or nil when the user quit.
    @discardableResult
    public static func run(dataPath: String, environment: [String: String] = currentEnvironment()) throws -> Int32? {
        // Check the terminal first (cheap), load second, open curses last:
        // a bad folder or a pipe never sees curses.
        try NcursesTerminal.checkCanStart(environment: environment)
        let data = try DataFolder(path: dataPath).load()
        let catalog = CityCatalog(data)
        let terminal = try NcursesTerminal(environment: environment)
        defer { terminal.restore() }
        var model = AppModel(catalog: catalog, dataPath: dataPath, width: terminal.size.width,
                             height: terminal.size.height)
        var loop = EventLoop(terminal: terminal)
        loop.run(&model)
        return model.endingSignal
    }
}
