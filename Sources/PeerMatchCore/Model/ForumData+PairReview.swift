/// A pair's fit check and learning goal: recorded on its pairing, read by
/// the Pairs screen, `pairings list` and the timeline.
extension ForumData {
    /// The pair's active pairing, else its latest (by start), if any.
    public func latestPairing(for pair: PairKey) -> Pairing? {
        pairingPosition(for: pair).map { pairings[$0] }
    }

    /// Records the trainer's verdict on the pair's current pairing. Allowed
    /// once the pair has had a session since the pairing started.
    public mutating func recordFit(_ verdict: FitVerdict, reason: String, for pair: PairKey, on date: Day) throws -> PairingUndo {
        let i = try activePairingPosition(pair)
        let start = pairings[i].start
        guard sessions.contains(where: { $0.pair == pair && $0.date >= start }) else { throw SessionError.noSessionYet(pair) }
        let undo = PairingUndo(previous: pairings[i])
        pairings[i].fit = FitCheck(verdict: verdict, reason: reason, date: date)
        // A new verdict is news: a poor one flags the pair again.
        pairings[i].fitFlagCleared = false
        return undo
    }

    /// The coordinator has dealt with the pair's flag; it stays cleared until a new verdict.
    public mutating func clearFitFlag(for pair: PairKey) throws -> PairingUndo {
        let i = try activePairingPosition(pair)
        let undo = PairingUndo(previous: pairings[i])
        pairings[i].fitFlagCleared = true
        return undo
    }

    /// Sets the pair's goal; milestones whose text is unchanged keep their ids (and ticks).
    public mutating func setGoal(_ text: String, milestones: [String], for pair: PairKey) throws -> PairingUndo {
        let i = try activePairingPosition(pair)
        let undo = PairingUndo(previous: pairings[i])
        pairings[i].goal = LearningGoal.replacing(pairings[i].goal, text: text, milestones: milestones)
        return undo
    }

    /// Undoes a fit or goal change; returns what redoes it.
    @discardableResult
    public mutating func apply(_ undo: PairingUndo) -> PairingUndo {
        guard let i = pairings.firstIndex(where: { $0.identity == undo.previous.identity }) else { return undo }
        let redo = PairingUndo(previous: pairings[i])
        pairings[i] = undo.previous
        return redo
    }

    /// Why the pair needs the coordinator, or nil: only an active pairing
    /// whose flag was not cleared is flagged, for a poor verdict or a first
    /// session (since the pairing started) rated `FitFlag.lowRating` or less.
    /// O(pairings + sessions); use `fitFlags()` for many pairs.
    public func fitFlag(for pair: PairKey) -> FitFlag? {
        guard let p = latestPairing(for: pair), p.isActive else { return nil }
        let first = sessions.first { $0.pair == pair && $0.date >= p.start } // sessions are in date order
        return Self.flag(p, firstSession: first)
    }

    /// Every flagged pair. O(pairings + sessions).
    public func fitFlags() -> [PairKey: FitFlag] {
        var active: [PairKey: Pairing] = [:]
        for p in pairings where p.isActive { active[p.key] = p }
        var first: [PairKey: Session] = [:]
        for s in sessions {
            guard let p = active[s.pair], s.date >= p.start, first[s.pair] == nil else { continue }
            first[s.pair] = s
        }
        var flags: [PairKey: FitFlag] = [:]
        for (key, p) in active {
            if let f = Self.flag(p, firstSession: first[key]) { flags[key] = f }
        }
        return flags
    }

    private static func flag(_ p: Pairing, firstSession: Session?) -> FitFlag? {
        if p.fitFlagCleared { return nil }
        if let fit = p.fit, fit.verdict == .poor { return .notAFit(reason: fit.reason, date: fit.date) }
        if let s = firstSession, let r = s.rating, r <= FitFlag.lowRating {
            return .lowFirstRating(rating: r, session: s.id, date: s.date)
        }
        return nil
    }

    /// "2 of 4": milestones of the pair's goal ticked by its sessions since
    /// the pairing started; nil when the pair has no goal.
    public func goalProgress(for pair: PairKey) -> GoalProgress? {
        guard let p = latestPairing(for: pair), let goal = p.goal else { return nil }
        var ticked = Set<String>()
        for s in sessions where s.pair == pair && s.date >= p.start { ticked.formUnion(s.milestones) }
        let done = goal.milestones.map(\.id).filter(ticked.contains)
        return GoalProgress(done: done.count, total: goal.milestones.count, ticked: done)
    }

    private func pairingPosition(for pair: PairKey) -> Int? {
        var best: Int?
        for (i, p) in pairings.enumerated() where p.key == pair {
            // Pairings are sorted by start: a later one wins unless an active one was found.
            if let b = best, pairings[b].isActive && !p.isActive { continue }
            best = i
        }
        return best
    }

    private func activePairingPosition(_ pair: PairKey) throws -> Int {
        guard let i = pairingPosition(for: pair), pairings[i].isActive else { throw SessionError.noPairing(pair) }
        return i
    }
}
