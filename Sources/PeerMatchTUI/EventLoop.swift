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
