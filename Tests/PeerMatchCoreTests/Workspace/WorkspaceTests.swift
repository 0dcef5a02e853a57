import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// The multilingual fixture: chennai–surat and shenzhen–sao-paulo active;
/// shenzhen (capacity 1) and surat (peer, 1) are full; chennai and medellin
/// share no area.
private func key(_ pilot: String, _ peer: String) -> PairKey { PairKey(pilot: pilot, peer: peer) }
private let forum = Fixtures.multilingualForum()

@Suite struct WorkspaceActionTests {
    /// Every action, applied through the history, then undone: the workspace
    /// is exactly what it was; redone: exactly what the action gave.
    @Test func everyActionUndoesAndRedoes() throws {
        var data = forum
        data.requests = [CityRequest(peer: "accra", pilots: ["pune"])]
        let solved = try Workspace(data).solved()
        let proposal = try #require(solved.proposals?.pairs.first)
        let pk = key(proposal.pilot, proposal.peer)
        let actions: [WorkspaceAction] = [
            .accept(pk), .reject(pk), .pin(key("pune", "accra")), .exclude(key("pune", "accra"), note: "no"),
            .addPair(key("pune", "accra"), note: "", override: nil), .addPair(key("chennai", "medellin"), note: "", override: Override(note: "asked")),
            .end(key("chennai", "surat"), note: "done"), .pinRequest(peer: "accra"), .rerun,
            .swapPeers(key("chennai", "surat"), key("shenzhen", "sao-paulo"), override: Override(note: "trial")),
        ]
        for action in actions {
            // Re-running a solved workspace gives it back: re-run from an unsolved one.
            let start = action == .rerun ? Workspace(data) : solved
            var history = WorkspaceHistory(start)
            try history.perform(action)
            let after = history.current
            #expect(after != start, "\(action) changed nothing")
            #expect(history.undoDescription == action.description)
            #expect(history.undo() == action)
            #expect(history.current == start, "undo of \(action)")
            #expect(history.redo() == action)
            #expect(history.current == after, "redo of \(action)")
        }
        // The inverse actions undo too: unpin after pin, unexclude after exclude.
        let pinned = try solved.pin(key("pune", "accra"))
        #expect(try pinned.unpin(key("pune", "accra")).pins == solved.pins)
        let excluded = try solved.exclude(key("pune", "accra"))
        #expect(try excluded.unexclude(key("pune", "accra")).exclusions == solved.exclusions)
        // Re-pairing, undone through the history.
        var history = WorkspaceHistory(try solved.end(key("shenzhen", "sao-paulo")))
        let ended = history.current
        try history.perform(.repair(city: "sao-paulo"))
        #expect(history.current != ended && history.undo() == .repair(city: "sao-paulo") && history.current == ended)
    }

    @Test func aRefusalLeavesTheHistoryAsItWas() throws {
        var history = WorkspaceHistory(Workspace(forum))
        #expect(throws: WorkspaceRefusal.self) { try history.perform(.addPair(key("chennai", "medellin"), note: "", override: nil)) }
        #expect(!history.canUndo)
        #expect(history.current == Workspace(forum))
    }

    @Test func swapAndRepairKeepEveryOtherPair() throws {
        var w = try Workspace(forum).addPair(key("pune", "accra")).addPair(key("chennai", "sao-paulo").self, note: "", override: Override(note: "x"))
        w = try w.swapPeers(key("pune", "accra"), key("chennai", "sao-paulo"), override: Override(note: "swap"))
        #expect(Set(w.newPairs.map(\.key)) == [key("pune", "sao-paulo"), key("chennai", "accra")])
        // Two committed pairings: both end, the swapped pairs are new.
        let swapped = try Workspace(forum).swapPeers(key("chennai", "surat"), key("shenzhen", "sao-paulo"), override: Override(note: "trial"))
        #expect(Set(swapped.endings.keys) == [key("chennai", "surat"), key("shenzhen", "sao-paulo")])
        #expect(Set(swapped.newPairs.map(\.key)) == [key("chennai", "sao-paulo"), key("shenzhen", "surat")])
        #expect(swapped.newPairs.first { $0.key == key("shenzhen", "surat") }?.overridden == [.noSharedArea])
        #expect(throws: WorkspaceRefusal.noSharedArea(pair: key("shenzhen", "surat"))) {
            try Workspace(forum).swapPeers(key("chennai", "surat"), key("shenzhen", "sao-paulo"))
        }
        // sao-paulo's pairing ends; re-pairing it finds another pilot (chennai:
        // flood-management) and keeps the rest.
        let ended = try Workspace(forum).end(key("shenzhen", "sao-paulo"))
        let repaired = try ended.repair("sao-paulo")
        let new = try #require(repaired.newPairs.last)
        #expect(new.key == key("chennai", "sao-paulo") && new.origin == .repaired)
        #expect(repaired.draft().pairings.filter(\.isActive).map(\.key) == [key("chennai", "sao-paulo"), key("chennai", "surat")])
        // surat can only go back to chennai, which it just left.
        #expect(throws: WorkspaceRefusal.noPartner(city: "surat")) { try Workspace(forum).end(key("chennai", "surat")).repair("surat") }
        #expect(repaired.endings == ended.endings)
        #expect(throws: WorkspaceRefusal.notEnded(city: "accra")) { try Workspace(forum).repair("accra") }
    }

    /// Issue 15: a pairing flagged "not a fit" can be re-paired like an ended one:
    /// it ends in the workspace and the city gets its best other partner.
    @Test func rePairingAFlaggedPairingEndsItAndFindsAnother() throws {
        var data = forum
        let i = try #require(data.pairings.firstIndex { $0.key == key("shenzhen", "sao-paulo") && $0.isActive })
        data.pairings[i].fit = FitCheck(verdict: .poor, reason: "no common ground", date: data.pairings[i].start)
        #expect(data.fitFlag(for: key("shenzhen", "sao-paulo")) != nil)
        let repaired = try Workspace(data).repair("sao-paulo")
        #expect(repaired.endings[key("shenzhen", "sao-paulo")] != nil)
        #expect(repaired.newPairs.last?.key == key("chennai", "sao-paulo"))
        #expect(repaired.draft().pairings.filter(\.isActive).map(\.key) == [key("chennai", "sao-paulo"), key("chennai", "surat")])
        // Unflagged and still active: nothing to replace.
        #expect(throws: WorkspaceRefusal.notEnded(city: "sao-paulo")) { try Workspace(forum).repair("sao-paulo") }
    }

    @Test func rerunKeepsPinsAndExclusionsAndHonoursThem() throws {
        let w = try Workspace(forum).pin(key("pune", "accra")).exclude(key("chennai", "accra")).solved()
        let pairs = Set(w.proposals!.pairs.map { key($0.pilot, $0.peer) })
        #expect(pairs.contains(key("pune", "accra")))
        #expect(!pairs.contains(key("chennai", "accra")))
        let again = try w.solved()
        #expect(again.pins == w.pins && again.exclusions == w.exclusions)
        // A rejected proposal is not proposed again; the next best takes its place.
        let plain = try Workspace(forum).solved()
        #expect(plain.proposals!.pairs.map { key($0.pilot, $0.peer) } == [key("chennai", "accra")])
        let rejected = try plain.reject(key("chennai", "accra")).solved()
        #expect(rejected.proposals!.pairs.map { key($0.pilot, $0.peer) } == [key("pune", "accra")])
    }

    @Test func aStaleBackgroundResultIsDropped() throws {
        let w = Workspace(forum)
        let input = w.solveInput
        let result = try MatchEngine.run(input, algorithm: .optimal)
        #expect(w.withProposals(result, solvedFrom: input) != nil)
        let changed = try w.pin(key("pune", "accra"))
        #expect(changed.withProposals(result, solvedFrom: input) == nil)
    }

    @Test func partnerSuggestionsAreBestFirstWithReasons() {
        let list = Workspace(forum).partnerSuggestions(for: "accra")
        #expect(list.map(\.city.id) == ["chennai", "pune"]) // chennai shares two areas
        #expect(list.allSatisfy { !$0.explanation.shared.isEmpty })
    }

    @Test func requestOutcome() throws {
        var data = forum
        try data.setRequest(peer: "accra", pilots: ["pune", "chennai"])
        let w = try Workspace(data).addPair(key("chennai", "accra"))
        #expect(w.requestOutcomes()["accra"] == Workspace.RequestOutcome(requested: ["pune", "chennai"], got: "chennai"))
        #expect(try Workspace(data).addPair(key("chennai", "sao-paulo"), override: Override(note: "x")).requestOutcomes()["accra"]?.got == nil)
        #expect(try Workspace(data).pinRequest(peer: "accra").pins == [key("pune", "accra")])
        #expect(Workspace(data).requestOutcomes()["medellin"] == nil)
        #expect(throws: WorkspaceRefusal.tooManyRequests(peer: "accra", count: 4)) {
            var d = data
            try d.setRequest(peer: "accra", pilots: ["pune", "chennai", "shenzhen", "x"])
        }
    }
}

@Suite struct WorkspaceRefusalTests {
    func refusal(_ body: () throws -> Workspace) -> String {
        do { _ = try body(); return "no refusal" } catch { return "\(error)" }
    }

    @Test func sentences() throws {
        let w = Workspace(forum)
        #expect(refusal { try w.addPair(key("chennai", "medellin")) }
                == "cannot pair chennai–medellin: the two cities share no interest area (override with a note to pair them anyway)")
        #expect(refusal { try w.addPair(key("shenzhen", "medellin")) }
                == "cannot pair shenzhen–medellin: 'shenzhen' is full (capacity 1, 1 taken by active pairings and pins) (override with a note to pair it anyway)")
        #expect(refusal { try w.exclude(key("pune", "accra")).addPair(key("pune", "accra")) }
                == "cannot pair pune–accra: the pair is excluded (remove the exclusion, or override with a note)")
        #expect(refusal { try w.addPair(key("chennai", "acra")) } == "no city has id 'acra' (did you mean accra?)")
        #expect(refusal { try w.addPair(key("accra", "pune")) } == "'accra' is a peer, not a pilot")
        #expect(refusal { try w.addPair(key("chennai", "surat")) } == "chennai–surat is already actively paired")
        #expect(refusal { try w.addPair(key("chennai", "medellin"), override: Override(note: "")) } == "an override needs a note saying why")
        #expect(refusal { try w.accept(key("pune", "accra")) } == "there are no proposals yet; run the match first")
        #expect(refusal { try w.end(key("pune", "accra")) } == "pune–accra has no active pairing to end")
        #expect(refusal { try w.unpin(key("pune", "accra")) } == "pune–accra is not pinned")
        #expect(refusal { try w.pin(key("pune", "accra")).exclude(key("pune", "accra")) }
                == "cannot exclude pune–accra: the pair is pinned; unpin it first")
        // Pins are refused in the match's own words.
        #expect(refusal { try w.pin(key("chennai", "medellin")) } == "cannot pin chennai–medellin: the two cities share no interest area")
        #expect(refusal { try w.exclude(key("pune", "accra")).pin(key("pune", "accra")) }
                == "cannot pin pune–accra: the pair is excluded; remove the exclusion or the pin")
        #expect(refusal { try w.pin(key("chennai", "accra")).pin(key("pune", "accra")) }
                == "cannot keep every pin of 'accra': capacity 1, 0 active pairings, 2 pins (chennai–accra, pune–accra)")
        #expect(WorkspaceRefusal.dataChanged(reason: "x").description
                == "the data folder changed since the workspace was opened and the commit no longer holds: x; nothing was written")
    }

    @Test func anOverrideIsRecordedWithItsNote() throws {
        let w = try Workspace(forum).addPair(key("chennai", "medellin"), override: Override(note: "mayors asked"))
        #expect(w.newPairs.last?.overridden == [.noSharedArea])
        #expect(w.draft().pairings.contains { $0.key == key("chennai", "medellin") && $0.note == "override (no shared area): mayors asked" })
    }
}
