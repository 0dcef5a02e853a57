import PeerMatchCore

/// A step of the coordinator's workspace kept in the shell's ONE undo stack:
/// the workspace before and after. Undo and redo put the whole value back
/// (proposals included), so a step needs no inverse and no re-solve.
public struct WorkspaceStep: Sendable {
    public var before: Workspace
    public var after: Workspace
}

extension ReversibleEdit {
    /// A workspace step as an edit: it changes no file until the workspace is
    /// committed, so applying it to the forum (replay, save) does nothing.
    init(_ description: String, step: WorkspaceStep) {
        self.init(description) { _ in }
        workspaceStep = step
    }

    var isWorkspaceStep: Bool { workspaceStep != nil }
}
