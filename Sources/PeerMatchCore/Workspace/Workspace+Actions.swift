/// Every edit of the workspace (issue 15, point 2). Each returns the new
/// workspace or throws a `WorkspaceRefusal` (a `MatchError` for a pin the
/// match could not keep) and leaves `self` as it was, so undo is the old value.
extension Workspace {
    /// Fixes a proposal: it stays whatever later runs propose.
    public func accept(_ key: PairKey) throws -> Workspace {
        guard let proposals else { throw WorkspaceRefusal.noProposals }
        guard let pair = proposal(key) else { throw WorkspaceRefusal.notAProposal(pair: key) }
        var w = self
        w.newPairs.append(NewPair(key: key, origin: .accepted, note: "", overridden: []))
        // A kept pin becomes the pair itself; the rest of the proposals still hold.
        if pair.pinned { w.pins.removeAll { $0 == key } }
        var rest = proposals
        rest.pairs.removeAll { $0.pilot == key.pilot && $0.peer == key.peer }
        w.proposals = rest
        return w
    }

    /// Turns a proposal down: later runs in this workspace never propose it.
    public func reject(_ key: PairKey) throws -> Workspace {
        guard proposals != nil else { throw WorkspaceRefusal.noProposals }
        guard let pair = proposal(key) else { throw WorkspaceRefusal.notAProposal(pair: key) }
        if pair.pinned { throw WorkspaceRefusal.pinnedPair(pair: key, action: "reject") }
        var w = self
        w.rejected.insert(key)
        w.proposalsAreStale = true
        return w
    }

    /// Pins a pair: every run must include it. Refused with the match's own
    /// sentence when the match could not keep it.
    public func pin(_ key: PairKey) throws -> Workspace {
        if pins.contains(key) { throw WorkspaceRefusal.alreadyPinned(pair: key) }
        var w = self
        w.pins.append(key)
        w.pins.sort()
        w.rejected.remove(key)
        let before = Set(PinCheck.problems(in: draft()).map(\.description))
        if let problem = PinCheck.problems(in: w.draft()).first(where: { !before.contains($0.description) }) { throw problem }
        w.proposalsAreStale = true
        return w
    }

    public func unpin(_ key: PairKey) throws -> Workspace {
        guard pins.contains(key) else { throw WorkspaceRefusal.notPinned(pair: key) }
        var w = self
        w.pins.removeAll { $0 == key }
        w.proposalsAreStale = true
        return w
    }

    /// Excludes a pair from every run, with an optional note saying why.
    public func exclude(_ key: PairKey, note: String = "") throws -> Workspace {
        _ = try PairRules(base).checkCities(key)
        if exclusions[key] != nil { throw WorkspaceRefusal.alreadyExcluded(pair: key) }
        if pins.contains(key) { throw WorkspaceRefusal.pinnedPair(pair: key, action: "exclude") }
        var w = self
        w.exclusions[key] = note
        w.proposalsAreStale = true
        return w
    }

    public func unexclude(_ key: PairKey) throws -> Workspace {
        guard exclusions[key] != nil else { throw WorkspaceRefusal.notExcluded(pair: key) }
        var w = self
        w.exclusions[key] = nil
        w.proposalsAreStale = true
        return w
    }

    /// Adds a pair by hand. A rule that forbids it is refused with the reason,
    /// unless `override` (with a note) sets it aside; the note is recorded.
    public func addPair(_ key: PairKey, note: String = "", override: Override? = nil) throws -> Workspace {
        try adding(NewPair(key: key, origin: .manual, note: note, overridden: []), override: override)
    }

    /// Swaps the peers of two pairs (new pairs, proposals, or committed active
    /// pairings, which end): a–x and b–y become a–y and b–x, both checked as new pairs.
    public func swapPeers(_ first: PairKey, _ second: PairKey, override: Override? = nil) throws -> Workspace {
        var w = self
        for key in [first, second] {
            if let i = w.newPairs.firstIndex(where: { $0.key == key }) {
                w.newPairs.remove(at: i)
            } else if let p = proposal(key) {
                if p.pinned { throw WorkspaceRefusal.pinnedPair(pair: key, action: "swap") }
                w.proposals?.pairs.removeAll { $0.pilot == key.pilot && $0.peer == key.peer }
            } else if w.endings[key] == nil, base.pairings.contains(where: { $0.key == key && $0.isActive }) {
                w.endings[key] = "peers swapped"
            } else {
                throw WorkspaceRefusal.notAProposal(pair: key)
            }
        }
        for key in [PairKey(pilot: first.pilot, peer: second.peer), PairKey(pilot: second.pilot, peer: first.peer)] {
            w = try w.adding(NewPair(key: key, origin: .swapped, note: override?.note ?? "", overridden: []), override: override)
        }
        return w
    }

    /// Ends a committed active pairing (on the commit's date).
    public func end(_ key: PairKey, note: String = "") throws -> Workspace {
        guard base.pairings.contains(where: { $0.key == key && $0.isActive }), endings[key] == nil else {
            throw WorkspaceRefusal.notActive(pair: key)
        }
        var w = self
        w.endings[key] = note
        w.proposalsAreStale = true
        return w
    }

    /// Finds a new partner for a city whose pairing ended (in the data or in
    /// this workspace) or is flagged "not a fit" (that pairing ends here),
    /// keeping every other pair: the best-scoring allowed partner with room,
    /// other than the ones it just left.
    public func repair(_ cityID: String) throws -> Workspace {
        guard let k = base.cityIndex()[cityID] else {
            throw WorkspaceRefusal.unknownCity(city: cityID, suggestions: Suggestions.closest(to: cityID, in: base.cities.lazy.map(\.id)))
        }
        var w = self
        let flags = base.fitFlags()
        for p in base.pairings where p.isActive && (p.pilot == cityID || p.peer == cityID)
            && w.endings[p.key] == nil && flags[p.key] != nil {
            w.endings[p.key] = "re-paired: flagged by the fit check"
        }
        return try w.repairingEnded(cityID, role: base.cities[k].role)
    }

    private func repairingEnded(_ cityID: String, role: CityRole) throws -> Workspace {
        let d = draft()
        let left = Set(d.pairings.filter { !$0.isActive && ($0.pilot == cityID || $0.peer == cityID) }
            .map { $0.pilot == cityID ? $0.peer : $0.pilot })
        guard !left.isEmpty else { throw WorkspaceRefusal.notEnded(city: cityID) }
        let rules = PairRules(d)
        for c in partnerSuggestions(for: cityID) where !left.contains(c.city.id) {
            let key = role == .pilot ? PairKey(pilot: cityID, peer: c.city.id) : PairKey(pilot: c.city.id, peer: cityID)
            if rejected.contains(key) || !rules.problems(key).isEmpty { continue }
            return try adding(NewPair(key: key, origin: .repaired, note: "", overridden: []), override: nil)
        }
        throw WorkspaceRefusal.noPartner(city: cityID)
    }

    /// Pins the best-ranked request of a peer that the match could keep.
    public func pinRequest(peer: String) throws -> Workspace {
        guard let wish = base.requests.first(where: { $0.peer == peer }) else { throw WorkspaceRefusal.noRequest(peer: peer) }
        var firstError: (any Error)?
        for pilot in wish.pilots {
            do { return try pin(PairKey(pilot: pilot, peer: peer)) } catch { firstError = firstError ?? error }
        }
        throw firstError!
    }

    /// A new pair, checked by `PairRules` against the draft (other proposals
    /// give way: the next run re-solves around it).
    func adding(_ pair: NewPair, override: Override?) throws -> Workspace {
        var p = pair
        if newPairs.contains(where: { $0.key == pair.key }) { throw WorkspaceRefusal.alreadyPaired(pair: pair.key) }
        var w = self
        // A pinned pair added by hand is the pin kept: the pin gives way to it.
        w.pins.removeAll { $0 == pair.key }
        p.overridden = try PairRules(w.draft()).check(pair.key, override: override)
        if !p.overridden.isEmpty, p.note.isEmpty { p.note = override?.note ?? "" }
        w.newPairs.append(p)
        w.rejected.remove(pair.key)
        w.proposalsAreStale = true
        return w
    }
}
