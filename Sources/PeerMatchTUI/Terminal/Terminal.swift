/// A place the app draws frames and reads input from. `NcursesTerminal`
/// talks to a real terminal; `GridTerminal` keeps the frame in memory.
public protocol Terminal {
    /// Current size in cells.
    var size: (width: Int, height: Int) { get }
    /// Shows a complete frame (a backend sends only what changed).
    mutating func present(_ grid: Grid)
    /// The next event, or nil when none came within `timeoutMilliseconds`.
    mutating func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Gives the terminal back as it was. Safe to call twice.
    mutating func restore()
}
