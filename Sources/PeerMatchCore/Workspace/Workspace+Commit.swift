/// Making the workspace durable: the changes re-applied to the data as it is
/// at commit time, re-checked by the same rules, written atomically under the
/// data folder's lock, or refused with the reason and nothing written.
extension Workspace {
    /// The workspace's changes applied to `data` (the committed forum, or the
    /// one on disk now): pairings ended, pins and exclusions set or lifted,
    /// new pairs and (with `includingProposals`) the proposals made active
    /// from `day` in `cohort`. Every new pair is checked again by `PairRules`,
    /// every pin by `PinCheck`.
    public func applied(to data: ForumData, on day: Day, cohort: String, includingProposals: Bool) throws -> ForumData {
        var d = data
        for (key, note) in endings.sorted(by: { $0.key < $1.key }) {
            guard let i = d.pairings.firstIndex(where: { $0.key == key && $0.isActive }) else {
                throw WorkspaceRefusal.notActive(pair: key)
            }
            d.pairings[i].status = .ended
            d.pairings[i].end = day
            if !note.isEmpty { d.pairings[i].note = d.pairings[i].note.isEmpty ? note : d.pairings[i].note + "; " + note }
        }
        let pinsNow = Set(pins), pinsThen = Set(base.pins)
        d.pins = Array(Set(d.pins).subtracting(pinsThen.subtracting(pinsNow)).union(pinsNow.subtracting(pinsThen))).sorted()
        let exclusionsThen = Set(base.exclusions)
        var excluded = Set(d.exclusions).subtracting(exclusionsThen.subtracting(exclusions.keys))
        for (k, note) in exclusions where !exclusionsThen.contains(k) || (base.exclusionNotes[k] ?? "") != note {
            excluded.insert(k)
            d.exclusionNotes[k] = note.isEmpty ? nil : note
        }
        d.exclusions = excluded.sorted()

        // One set of rules, kept up to date pair by pair: O(1) a pair.
        var rules = PairRules(d)
        var keptPins = Set<PairKey>()
        func activate(_ key: PairKey, note: String, override: Override?) throws {
            _ = try rules.check(key, override: override)
            rules.activate(key)
            keptPins.insert(key) // a pinned pair made active is the pin kept
            d.pairings.append(Pairing(pilot: key.pilot, peer: key.peer, start: day, cohort: cohort, note: note))
        }
        for p in newPairs {
            try activate(p.key, note: p.recordedNote, override: p.overridden.isEmpty ? nil : Override(note: p.note))
        }
        if includingProposals, let proposals {
            if proposalsAreStale { throw WorkspaceRefusal.proposalsStale }
            for p in proposals.pairs { try activate(PairKey(pilot: p.pilot, peer: p.peer), note: "", override: nil) }
        }
        d.pins.removeAll { keptPins.contains($0) }
        if let problem = PinCheck.problems(in: d).first { throw problem }
        d.normalize()
        return d
    }

    /// What committing now would change against the committed pairings
    /// (proposals included while they are up to date).
    public func diff() throws -> PairingDiff {
        PairingDiff(before: base, after: try applied(to: base, on: Day(daysSinceEpoch: 0), cohort: "",
                                                     includingProposals: !proposalsAreStale))
    }

    /// Writes the workspace to `folder` under its lock, re-applied to the data
    /// as it is now. When someone changed the data since the workspace was
    /// opened and the changes no longer hold, refuses with
    /// `WorkspaceRefusal.dataChanged` and writes nothing. Returns the forum as
    /// written; open a new workspace on it to go on.
    @discardableResult
    public func commit(to folder: DataFolder, cohort: String, on day: Day, includingProposals: Bool = true) throws -> ForumData {
        // Said before taking the lock: it is about the workspace, not the data.
        if includingProposals, proposals != nil, proposalsAreStale { throw WorkspaceRefusal.proposalsStale }
        return try folder.update { d in
            let now = d
            do {
                d = try applied(to: now, on: day, cohort: cohort, includingProposals: includingProposals)
            } catch let e as PeerMatchError where now != base {
                throw WorkspaceRefusal.dataChanged(reason: e.description)
            }
            return d
        }
    }
}
