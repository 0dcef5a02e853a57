import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Logging, editing, deleting, follow-ups, and the undo each returns.
@Suite struct SessionChangeTests {
    let forum = Fixtures.multilingualForum()
    let draft = SessionDraft(date: "2026-06-01", pilot: "chennai", peer: "surat", format: "workshop",
                             followUp: "Send the plan", due: "2026-06-15")

    @Test func logAddsASessionWithADatePrefixedRandomID() throws {
        var data = forum
        var rng = SplitMix64(seed: 7)
        let s = try data.logSession(draft, allowUnpaired: false, using: &rng)
        #expect(data.sessions.count == forum.sessions.count + 1)
        #expect(data.session(id: s.id) == s)
        #expect(s.id.hasPrefix("s20260601-") && s.id.count == "s20260601-".count + 6)
        #expect(Validation.isValidID(s.id))
        // Sessions stay in date order.
        #expect(data.sessions.map(\.date) == data.sessions.map(\.date).sorted())
        // The undo of a log is removing it.
        data.apply(.remove(id: s.id))
        #expect(data == forum)
    }

    @Test func twoBranchesLoggingTheSameDayGetDifferentIDs() throws {
        var a = forum, b = forum
        var rngA = SystemRandomNumberGenerator(), rngB = SystemRandomNumberGenerator()
        let x = try a.logSession(draft, allowUnpaired: false, using: &rngA)
        let y = try b.logSession(draft, allowUnpaired: false, using: &rngB)
        #expect(x.id != y.id)
    }

    /// A generator that repeats itself must not give an id already taken.
    @Test func aTakenIDIsNeverReused() throws {
        var data = forum
        var rng1 = SplitMix64(seed: 1)
        let first = try data.logSession(draft, allowUnpaired: false, using: &rng1)
        var rng2 = SplitMix64(seed: 1)
        let second = try data.logSession(draft, allowUnpaired: false, using: &rng2)
        #expect(first.id != second.id)
        #expect(Set(data.sessions.map(\.id)).count == data.sessions.count)
    }

    @Test func editReturnsWhatUndoesIt() throws {
        var data = forum
        var d = SessionDraft(data.sessions[0])
        d.rating = "2"
        d.outcome = "Changed"
        d.date = "2026-12-01"
        let undo = try data.editSession(id: "s000001", d, allowUnpaired: false)
        let edited = data
        #expect(data.session(id: "s000001")?.rating == 2)
        #expect(data.session(id: "s000001")?.outcome == "Changed")
        #expect(data.sessions.last?.id == "s000001") // moved to its new date
        #expect(undo == .restore(forum.sessions[0]))
        let redo = data.apply(undo)
        #expect(data == forum)
        data.apply(redo)
        #expect(data == edited)
    }

    @Test func anInvalidEditChangesNothing() {
        var data = forum
        var d = SessionDraft(data.sessions[0])
        d.rating = "9"
        #expect(throws: SessionError.invalid([SessionFieldError(.rating, .badRating("9"))])) {
            try data.editSession(id: "s000001", d, allowUnpaired: false)
        }
        #expect(data == forum)
    }

    @Test func deleteReturnsWhatUndoesIt() throws {
        var data = forum
        let undo = try data.deleteSession(id: "s000002")
        #expect(data.sessions.map(\.id) == ["s000001", "s000003"])
        let redo = data.apply(undo)
        #expect(data == forum)
        #expect(redo == .remove(id: "s000002"))
        data.apply(redo)
        #expect(data.sessions.map(\.id) == ["s000001", "s000003"])
    }

    @Test func followUpDoneAndUndone() throws {
        var data = forum
        var rng = SplitMix64(seed: 3)
        let s = try data.logSession(draft, allowUnpaired: false, using: &rng)
        let logged = data
        let undo = try data.setFollowUpDone(id: s.id, true)
        #expect(data.session(id: s.id)?.followUpDone == true)
        data.apply(undo)
        #expect(data == logged)
        _ = try data.setFollowUpDone(id: s.id, true)
        _ = try data.setFollowUpDone(id: s.id, false)
        #expect(data == logged)
        #expect(throws: SessionError.noFollowUp(session: "s000001")) { try data.setFollowUpDone(id: "s000001", true) }
    }

    @Test func sentencesOfSessionErrors() {
        var data = forum
        #expect(throws: SessionError.unknownSession("s9")) { try data.deleteSession(id: "s9") }
        #expect(SessionError.unknownSession("s9").description == "no session with id 's9'; `peermatch sessions list` shows the ids")
        #expect(SessionError.noFollowUp(session: "s1").description == "session s1 has no follow-up to mark")
        let pair = PairKey(pilot: "pune", peer: "accra")
        #expect(SessionError.noPairing(pair).description == "pune and accra have no active pairing")
        #expect(SessionError.noSessionYet(pair).description
            == "pair pune–accra has no session yet; a fit verdict is recorded after the pair's first session")
        #expect(SessionError.invalid([SessionFieldError(.date, .required), SessionFieldError(.rating, .badRating("0"))]).description
            == "date: a value is required\nrating: expected a rating 1..5, got \"0\"")
        #expect(SessionFieldError(.date, .required).message == "a value is required")
    }
}

extension SessionChangeTests {
    /// A peer–peer session logged with --allow-unpaired can be edited without it, unless its cities change.
    @Test func editingAnUnpairedSessionKeepsItsPair() throws {
        var data = forum
        var rng = SplitMix64(seed: 9)
        let s = try data.logSession(SessionDraft(date: "2026-06-01", pilot: "accra", peer: "surat", format: "call"),
                                    allowUnpaired: true, using: &rng)
        var d = SessionDraft(s)
        d.rating = "4"
        _ = try data.editSession(id: s.id, d, allowUnpaired: false)
        #expect(data.session(id: s.id)?.rating == 4)
        d.peer = "medellin"
        #expect(throws: SessionError.self) { try data.editSession(id: s.id, d, allowUnpaired: false) }
    }
}
