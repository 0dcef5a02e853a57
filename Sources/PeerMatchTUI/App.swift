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

/// Event → model → frame, over any terminal (the benchmark and tests use
/// `GridTerminal`).
public struct EventLoop<T: Terminal> {
    public var terminal: T
    /// How long to wait for input before checking for signals again.
    public var pollMilliseconds = 100

    public init(terminal: T) { self.terminal = terminal }

    /// Draws the first frame, then handles events until the model quits or
    /// the terminal has nothing more (an in-memory terminal runs dry).
    public mutating func run(_ model: inout AppModel, stopWhenIdle: Bool = false) {
        draw(model)
        while !model.shouldQuit {
            guard let event = terminal.nextEvent(timeoutMilliseconds: pollMilliseconds) else {
                if stopWhenIdle { return }
                continue
            }
            step(&model, event)
        }
    }

    /// Handles one event and draws the result.
    public mutating func step(_ model: inout AppModel, _ event: InputEvent) {
        model.handle(event)
        if case .resize = event {} else if terminal.size != (model.width, model.height) {
            model.resize(width: terminal.size.width, height: terminal.size.height)
        }
        if !model.shouldQuit { draw(model) }
    }

    public mutating func draw(_ model: AppModel) {
        terminal.present(model.frame())
    }
}
