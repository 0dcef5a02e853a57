/// Logging, editing and deleting sessions, and marking follow-ups: pure
/// changes to `ForumData` (the caller saves with `DataFolder.update`), each
/// returning what undoes it.
extension ForumData {
    /// Adds the session `draft` describes with a fresh collision-free id
    /// (`SessionID.random`), and returns it. Throws `SessionError.invalid`.
    public mutating func logSession(_ draft: SessionDraft, allowUnpaired: Bool,
                                    using generator: inout some RandomNumberGenerator) throws -> Session {
        let day = Day(draft.date) ?? Day(daysSinceEpoch: 0)
        let id = freshSessionID(date: day, using: &generator)
        let s = try draft.session(id: id, in: self, allowUnpaired: allowUnpaired)
        insertSession(s)
        return s
    }

    /// A random session id (`SessionID.random`) no session has. O(sessions)
    /// string comparisons, without building a set of 100,000 ids per key.
    public func freshSessionID(date: Day, using generator: inout some RandomNumberGenerator) -> String {
        while true {
            let id = SessionID.random(date: date, avoiding: [], using: &generator)
            if !sessions.contains(where: { $0.id == id }) && !deletedSessions.contains(where: { $0.id == id }) { return id }
        }
    }

    /// `sessions.isSorted(by: sessionOrder)` reading the sessions in place
    /// (the closure form copies each one: 100,000 × ten retains).
    var sessionsAreInOrder: Bool {
        sessions.withUnsafeBufferPointer { b in
            guard b.count > 1 else { return true }
            for i in 1..<b.count {
                let (x, y) = (b[i - 1].date, b[i].date)
                if x > y || (x == y && !(b[i - 1].id.utf8.lexicographicallyPrecedes(b[i].id.utf8))) { return false }
            }
            return true
        }
    }

    /// Adds a session where `normalize` would put it (binary search, one
    /// insertion): an edit on the input thread does not sort 100,000 sessions.
    /// Sessions out of order (not normalized) are sorted instead.
    public mutating func insertSession(_ s: Session) {
        // A deleted session brought back (undo, import) is no longer deleted.
        if !deletedSessions.isEmpty, let d = deletedSessions.firstIndex(where: { $0.id == s.id }) { deletedSessions.remove(at: d) }
        guard sessionsAreInOrder else {
            sessions.append(s)
            normalize()
            return
        }
        var lo = 0, hi = sessions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Self.sessionOrder(s, sessions[mid]) { hi = mid } else { lo = mid + 1 }
        }
        sessions.insert(s, at: lo)
    }

    /// Replaces session `id` with what `draft` describes (the id stays). A
    /// session keeping its two cities needs no new confirmation to stay unpaired.
    public mutating func editSession(id: String, _ draft: SessionDraft, allowUnpaired: Bool) throws -> SessionUndo {
        let i = try sessionPosition(id)
        let old = sessions[i]
        let samePair = draft.pilot == old.pilot && draft.peer == old.peer
        let new = try draft.session(id: id, in: self, allowUnpaired: allowUnpaired || samePair)
        sessions.remove(at: i)
        insertSession(new)
        return .restore(old)
    }

    public mutating func deleteSession(id: String) throws -> SessionUndo {
        let i = try sessionPosition(id)
        return .restore(removeSession(at: i))
    }

    /// Removes a session and keeps it as deleted (see `deletedSessions`).
    private mutating func removeSession(at i: Int) -> Session {
        let s = sessions.remove(at: i)
        var lo = 0, hi = deletedSessions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if deletedSessions[mid].id.utf8.lexicographicallyPrecedes(s.id.utf8) { lo = mid + 1 } else { hi = mid }
        }
        if lo < deletedSessions.count && deletedSessions[lo].id == s.id { deletedSessions[lo] = s } else { deletedSessions.insert(s, at: lo) }
        return s
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
            // The inverse of logging it: as if it had never been logged, so not kept as deleted.
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { return .remove(id: id) }
            return .restore(sessions.remove(at: i))
        case .restore(let s):
            let redo: SessionUndo
            if let i = sessions.firstIndex(where: { $0.id == s.id }) {
                redo = .restore(sessions.remove(at: i))
            } else {
                redo = .remove(id: s.id)
            }
            insertSession(s)
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
