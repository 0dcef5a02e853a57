import PeerMatchCore

/// The unsaved edits (undo pops them) and the undone ones (redo pushes them back).
public struct EditHistory: Sendable {
    public private(set) var done: [ReversibleEdit] = []
    public private(set) var undone: [ReversibleEdit] = []

    public init() {}

    public var hasUnsavedEdits: Bool { !done.isEmpty }

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

    /// The first `count` edits were written: they are the disk's now.
    mutating func saved(count: Int) {
        done.removeFirst(min(count, done.count))
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
