/// A place the app draws frames and reads input from. `NcursesTerminal`
/// talks to a real terminal; `GridTerminal` keeps the frame in memory.
public protocol Terminal {
    /// Current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows a complete frame (a backend sends only what changed).
    mutating func present(_ grid: Grid)
    /// Forgets what the terminal shows, so the next `present` redraws every cell (Ctrl-L).
    mutating func invalidate()
    /// The next event, or nil when none came within `timeoutMilliseconds`
    /// or `wakeDescriptor` (a pipe background jobs write to) became readable first.
    mutating func nextEvent(timeoutMilliseconds: Int, wakeDescriptor: Int32) -> InputEvent?
    /// Hands the terminal to another program (an editor) while `body` runs,
    /// then takes it back.
    mutating func runOutside(_ body: () -> Void)
    /// Gives the terminal back as it was. Safe to call twice.
    mutating func restore()
}

extension Terminal {
    public mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        nextEvent(timeoutMilliseconds: timeoutMilliseconds, wakeDescriptor: -1)
    }
}
