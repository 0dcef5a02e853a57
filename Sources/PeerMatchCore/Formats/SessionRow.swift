/// A session row read from CSV; `id` is nil when the file has none.
public struct SessionRow: Sendable {
    public var session: Session
    public var hasID: Bool
    public var line: Int

    public init(session: Session, hasID: Bool, line: Int) {
        self.session = session
        self.hasID = hasID
        self.line = line
    }
}
