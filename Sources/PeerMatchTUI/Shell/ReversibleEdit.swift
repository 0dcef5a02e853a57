import PeerMatchCore

/// One change to the forum, with the line the status bar shows for it
/// ("pin pune–accra"). Edits are kept in order on top of the forum as last
/// read from disk; undo drops the last one and the working copy is replayed
/// from disk plus the edits left, so an edit needs no hand-written inverse.
/// `apply` throws (a `PeerMatchError`) to refuse an edit that no longer fits
/// the data, e.g. when saving on top of data changed by another process.
public struct ReversibleEdit: Sendable {
    public var description: String
    public var apply: @Sendable (inout ForumData) throws -> Void
    /// Set for a step of the coordinator's workspace (see `WorkspaceStep`).
    public internal(set) var workspaceStep: WorkspaceStep?

    public init(_ description: String, apply: @escaping @Sendable (inout ForumData) throws -> Void) {
        self.description = description
        self.apply = apply
    }
}
