/// An in-memory terminal: frames are kept, input comes from a queue. Tests
/// and benchmarks drive the app through it.
public struct GridTerminal: Terminal {
    public private(set) var width: Int
    public private(set) var height: Int
    /// The last frame presented.
    public private(set) var frame: Grid
    /// Events `nextEvent` hands out, first first.
    public var pendingEvents: [InputEvent] = []

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        frame = Grid(width: width, height: height)
    }

    public var size: (width: Int, height: Int) { (width, height) }

    public mutating func present(_ grid: Grid) {
        frame = grid
    }

    public mutating func nextEvent(timeoutMilliseconds: Int, wakeDescriptor: Int32) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    /// Changes the size and queues the resize event a terminal would send.
    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        pendingEvents.append(.resize(width: width, height: height))
    }

    /// How many times the app asked for a full repaint.
    public private(set) var invalidations = 0

    public mutating func invalidate() { invalidations += 1 }

    public mutating func runOutside(_ body: () -> Void) { body() }

    public mutating func restore() {}
}
