/// A mouse event, in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the terminal reports.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The window changed size; redraw at the new size.
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM or SIGHUP arrived: restore the terminal and leave.
    case terminate(signal: Int32)
}
