/// Logging, editing and deleting sessions, and marking follow-ups: pure
/// changes to `ForumData` (the caller saves with `DataFolder.update`), each
/// returning what undoes it.
extension ForumData {
    /// Adds the session `draft` describes with a fresh collision-free id
    /// (`SessionID.random`), and returns it. Throws `SessionError.invalid`.
    public mutating func logSession(_ draft: SessionDraft, allowUnpaired: Bool,
                                    using generator: inout some RandomNumberGenerator) throws -> Session {
        let day = Day(draft.date) ?? Day(daysSinceEpoch: 0)
        let id = SessionID.random(date: day, avoiding: Set(sessions.map(\.id)), using: &generator)
        let s = try draft.session(id: id, in: self, allowUnpaired: allowUnpaired)
        sessions.append(s)
        normalize()
        return s
    }

    /// Replaces session `id` with what `draft` describes (the id stays). A
    /// session keeping its two cities needs no new confirmation to stay unpaired.
    public mutating func editSession(id: String, _ draft: SessionDraft, allowUnpaired: Bool) throws -> SessionUndo {
        let i = try sessionPosition(id)
        let old = sessions[i]
        let samePair = draft.pilot == old.pilot && draft.peer == old.peer
        sessions[i] = try draft.session(id: id, in: self, allowUnpaired: allowUnpaired || samePair)
        normalize()
        return .restore(old)
    }

    public mutating func deleteSession(id: String) throws -> SessionUndo {
        let i = try sessionPosition(id)
        return .restore(sessions.remove(at: i))
    }

    /// Marks a session's follow-up done (or, with `false`, open again).
    public mutating func setFollowUpDone(id: String, _ done: Bool) throws -> SessionUndo {
        let i = try sessionPosition(id)
        let old = sessions[i]
        guard !old.followUp.isEmpty else { throw SessionError.noFollowUp(session: id) }
        sessions[i].followUpDone = done
        return .restore(old)
    }

    /// Undoes a change; returns what redoes it.
    @discardableResult
    public mutating func apply(_ undo: SessionUndo) -> SessionUndo {
        switch undo {
        case .remove(let id):
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { return .remove(id: id) }
            return .restore(sessions.remove(at: i))
        case .restore(let s):
            let redo: SessionUndo
            if let i = sessions.firstIndex(where: { $0.id == s.id }) {
                redo = .restore(sessions[i])
                sessions[i] = s
            } else {
                redo = .remove(id: s.id)
                sessions.append(s)
            }
            normalize()
            return redo
        }
    }

    /// The session with this id.
    public func session(id: String) -> Session? { sessions.first { $0.id == id } }

    private func sessionPosition(_ id: String) throws -> Int {
        guard let i = sessions.firstIndex(where: { $0.id == id }) else { throw SessionError.unknownSession(id) }
        return i
    }
}
