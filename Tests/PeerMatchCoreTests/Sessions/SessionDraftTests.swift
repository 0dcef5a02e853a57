import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Every validation sentence of the log form and `session log`, pinned.
@Suite struct SessionDraftTests {
    let forum = Fixtures.multilingualForum()

    func valid() -> SessionDraft {
        SessionDraft(date: "2026-06-01", pilot: "chennai", peer: "surat", format: "workshop")
    }

    func problems(_ change: (inout SessionDraft) -> Void, allowUnpaired: Bool = false) -> [String] {
        var d = valid()
        change(&d)
        return d.problems(in: forum, allowUnpaired: allowUnpaired).map(\.description)
    }

    @Test func aValidDraftHasNoProblems() throws {
        #expect(problems { _ in } == [])
        var d = valid()
        d.cities = ["accra", "surat", "medellin", "accra", ""]
        d.attendees = "40"
        d.rating = "3"
        d.followUp = "Share the map"
        d.due = "2026-07-01"
        let s = try d.session(id: "x1", in: forum, allowUnpaired: false)
        // The pair itself, repeats and blanks are dropped; the rest sorted.
        #expect(s.cities == ["accra", "medellin"])
        #expect(s.attendees == 40 && s.rating == 3 && s.followUpDue == Day("2026-07-01"))
        #expect(s.date == Day(year: 2026, month: 6, day: 1) && s.format == .workshop)
    }

    @Test func eachSentenceNamesItsField() {
        #expect(problems { $0.date = "" } == ["date: a value is required"])
        #expect(problems { $0.date = "2026-02-30" } == [#"date: expected a date YYYY-MM-DD, got "2026-02-30""#])
        #expect(problems { $0.pilot = "" } == ["pilot: a value is required"])
        #expect(problems { $0.pilot = "chenai" } == ["pilot: unknown city id 'chenai'; did you mean chennai?"])
        #expect(problems { $0.peer = "pune" } == [
            "peer: city 'pune' is a pilot, not a peer; log it with --allow-unpaired to record a session between any two cities",
        ])
        #expect(problems { $0.peer = "accra" } == [
            "peer: chennai and accra have no pairing; record the pairing first, or confirm (--allow-unpaired) to log it anyway",
        ])
        #expect(problems { $0.format = "" } == ["format: a value is required"])
        #expect(problems { $0.format = "seminar" } == [
            #"format: expected a format (webinar, workshop, city-visit, knowledge-forum, exposure-visit, call), got "seminar""#,
        ])
        let areas = forum.forum.areaIDs.joined(separator: ", ")
        #expect(problems { $0.area = "floods" } == [#"area: unknown interest area "floods"; known areas: "# + areas])
        #expect(problems { $0.attendees = "-3" } == [#"attendees: expected a whole number >= 0, got "-3""#])
        #expect(problems { $0.attendees = "twelve" } == [#"attendees: expected a whole number >= 0, got "twelve""#])
        #expect(problems { $0.rating = "0" } == [#"rating: expected a rating 1..5, got "0""#])
        #expect(problems { $0.rating = "6" } == [#"rating: expected a rating 1..5, got "6""#])
        #expect(problems { $0.due = "soon" } == [#"due: expected a date YYYY-MM-DD, got "soon""#])
        #expect(problems { $0.due = "2026-07-01" } == ["due: a due date needs a follow-up to be due; write the follow-up too"])
        #expect(problems { $0.cities = ["acra"] } == ["cities: unknown city id 'acra'; did you mean accra?"])
        #expect(problems { $0.milestones = ["m1"] } == [
            "milestones: pair chennai–surat has no learning goal to tick; set one with `peermatch pair goal`",
        ])
        var withGoal = forum
        _ = try? withGoal.setGoal("Flood warning", milestones: ["Drafted", "Adopted"], for: PairKey(pilot: "chennai", peer: "surat"))
        var d = valid()
        d.milestones = ["m1", "m7"]
        #expect(d.problems(in: withGoal, allowUnpaired: false).map(\.description) == [
            "milestones: pair chennai–surat has no milestone 'm7'; its milestones: m1, m2",
        ])
    }

    /// `check` refuses a session dated outside its pair's pairing; so does logging one.
    @Test func aSessionFallsWithinItsPairing() {
        // chennai–surat started 2026-02-01 and is still active.
        #expect(problems { $0.date = "2026-01-31" } == [
            "date: 2026-01-31 is before its pairing started (2026-02-01); a pair's sessions fall within its pairing",
        ])
        #expect(problems { $0.date = "2026-02-01" } == [])
        // A pair with no pairing at all (logged with --allow-unpaired) has no dates to fall within.
        #expect(problems({ $0.pilot = "pune"; $0.peer = "accra"; $0.date = "2020-01-01" }, allowUnpaired: true) == [])
    }

    @Test func everyProblemIsReportedInFieldOrder() {
        let all = problems {
            $0 = SessionDraft(date: "x", pilot: "nowhere", peer: "", format: "y", area: "z", attendees: "a", rating: "9", due: "d")
        }
        let fields = all.map { String($0.prefix { $0 != ":" }) }
        #expect(fields == ["date", "pilot", "peer", "format", "area", "attendees", "rating", "due"])
        var d = valid()
        d.date = "x"
        #expect(throws: SessionError.invalid([SessionFieldError(.date, .badDate("x"))])) {
            try d.session(id: "x", in: forum, allowUnpaired: false)
        }
    }

    /// FORMATS.md: with --allow-unpaired, any two cities.
    @Test func allowUnpairedTakesAnyTwoDifferentCities() {
        #expect(problems({ $0.pilot = "accra"; $0.peer = "surat" }, allowUnpaired: true) == [])
        #expect(problems({ $0.pilot = "chennai"; $0.peer = "casablanca" }, allowUnpaired: true) == [])
        #expect(problems({ $0.pilot = "pune"; $0.peer = "chennai" }, allowUnpaired: true) == [])
        #expect(problems({ $0.pilot = "accra"; $0.peer = "accra" }, allowUnpaired: true) == [
            "peer: a session needs two different cities, got 'accra' twice",
        ])
        #expect(problems({ $0.pilot = "acra" }, allowUnpaired: true) == ["pilot: unknown city id 'acra'; did you mean accra?"])
    }

    @Test func editingDraftRoundTripsASession() throws {
        let s = Session(id: "s1", date: Day("2026-03-03")!, pilot: "chennai", peer: "surat", format: .call, area: "flood-management",
                        attendees: 0, rating: 5, outcome: "a, b; c\nd", followUp: "f", followUpDue: Day("2026-04-01"),
                        followUpDone: true, cities: ["accra", "pune"])
        #expect(try SessionDraft(s).session(id: "s1", in: forum, allowUnpaired: false) == s)
    }
}
