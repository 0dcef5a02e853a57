/// What puts the sessions back as they were before a change: applying it
/// (`ForumData.apply`) undoes the change and returns what redoes it.
public enum SessionUndo: Hashable, Sendable {
    /// Remove the session with this id (undoes logging it).
    case remove(id: String)
    /// Put this session back, replacing the one with its id (undoes an edit,
    /// a delete, or marking its follow-up).
    case restore(Session)
}

/// What puts a pairing back as it was before its fit or goal changed.
public struct PairingUndo: Hashable, Sendable {
    /// The pairing as it was; it replaces the pairing with the same identity.
    public var previous: Pairing
}
