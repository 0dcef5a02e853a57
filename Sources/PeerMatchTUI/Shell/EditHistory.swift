import PeerMatchCore

/// The unsaved edits (undo pops them) and the undone ones (redo pushes them back).
public struct EditHistory: Sendable {
    public private(set) var done: [ReversibleEdit] = []
    public private(set) var undone: [ReversibleEdit] = []

    public init() {}

    /// Edits of the forum not yet saved (workspace steps are committed, not saved).
    public var hasUnsavedEdits: Bool { done.contains { !$0.isWorkspaceStep } }
    public var unsavedEdits: [ReversibleEdit] { done.filter { !$0.isWorkspaceStep } }

    /// A new edit forgets what was undone (as in every editor).
    mutating func record(_ edit: ReversibleEdit) {
        done.append(edit)
        undone.removeAll()
    }

    mutating func undo() -> ReversibleEdit? {
        guard let e = done.popLast() else { return nil }
        undone.append(e)
        return e
    }

    mutating func redo() -> ReversibleEdit? {
        guard let e = undone.popLast() else { return nil }
        done.append(e)
        return e
    }

    /// The first `count` forum edits were written: they are the disk's now.
    /// Workspace steps stay: they are written by a commit.
    mutating func saved(count: Int) {
        var left = count
        done.removeAll { e in
            guard left > 0, !e.isWorkspaceStep else { return false }
            left -= 1
            return true
        }
    }

    /// The workspace was committed (or dropped): its steps cannot be undone any more.
    mutating func dropWorkspaceSteps() {
        done.removeAll(where: \.isWorkspaceStep)
        undone.removeAll(where: \.isWorkspaceStep)
    }

    mutating func clear() {
        done.removeAll()
        undone.removeAll()
    }

    /// `base` with every unsaved edit applied, in order (not normalized). Throws the first refusal.
    func replay(on base: ForumData) throws -> ForumData {
        var data = base
        for e in done { try e.apply(&data) }
        return data
    }
}
