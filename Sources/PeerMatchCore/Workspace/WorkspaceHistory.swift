/// Undo and redo over workspace values: each step keeps the workspace before
/// it, so undoing restores exactly what was there (proposals included).
public struct WorkspaceHistory: Sendable {
    public private(set) var current: Workspace
    private var past: [(Workspace, WorkspaceAction)] = []
    private var future: [(Workspace, WorkspaceAction)] = []

    public init(_ workspace: Workspace) { current = workspace }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }
    /// What undo would take back ("pin pune–accra").
    public var undoDescription: String? { past.last.map { $0.1.description } }
    public var redoDescription: String? { future.last.map { $0.1.description } }
    /// True when the workspace holds something a commit would write: quitting asks first.
    public var hasUncommittedChanges: Bool { current.hasChanges }

    /// Applies an action; a refusal changes nothing and is rethrown.
    public mutating func perform(_ action: WorkspaceAction, solver: Workspace.Solver = Workspace.engine) throws {
        let next = try action.apply(to: current, solver: solver)
        past.append((current, action))
        future.removeAll()
        current = next
    }

    /// Takes back the last action; returns it, or nil when there is none.
    @discardableResult
    public mutating func undo() -> WorkspaceAction? {
        guard let (before, action) = past.popLast() else { return nil }
        future.append((current, action))
        current = before
        return action
    }

    @discardableResult
    public mutating func redo() -> WorkspaceAction? {
        guard let (after, action) = future.popLast() else { return nil }
        past.append((current, action))
        current = after
        return action
    }
}
