import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct RoundTripTests {
    let forum = DataFolderTests().sampleForum()

    @Test(arguments: Exporter.Format.allCases)
    func citiesExportImport(format: Exporter.Format) throws {
        var cities = forum.cities
        cities[0].extra = ["x-note": "kept, \"as is\""]
        cities[1].capacity = 0
        let bytes = Exporter.cities(cities, format: format)
        #expect(Exporter.cities(cities, format: format) == bytes)
        let back = format == .csv
            ? try RosterReader.parse(bytes, file: "e.csv", forum: forum.forum)
            : try JSONImport.cities(bytes, file: "e.json", forum: forum.forum)
        #expect(back == cities)
    }

    @Test(arguments: Exporter.Format.allCases)
    func sessionsExportImport(format: Exporter.Format) throws {
        let bytes = Exporter.sessions(forum.sessions, format: format)
        let back = format == .csv
            ? try SessionReader.parse(bytes, file: "s.csv", data: forum, allowUnpaired: false).map(\.session)
            : try JSONImport.sessions(bytes, file: "s.json")
        #expect(back == forum.sessions)
    }

    @Test(arguments: Exporter.Format.allCases)
    func pairingsExportImport(format: Exporter.Format) throws {
        let bytes = Exporter.pairings(forum, format: format)
        let back = format == .csv
            ? try PairingReader.parse(bytes, file: "p.csv", data: forum)
            : try JSONImport.pairings(bytes, file: "p.json")
        #expect(back == forum.pairings)
    }

    @Test func mergeCountsAddedUpdatedUnchanged() throws {
        var data = forum
        var incoming = [forum.cities[0], forum.cities[1]]
        incoming[1].name = "Accra (GAMA)"
        incoming.append(Fixtures.city("pune", .pilot, ["water-resilience": 2]))
        let summary = try ForumImport.mergeCities(incoming, into: &data, replace: false, file: "r.csv")
        #expect(summary == ImportSummary(added: 1, updated: 1, unchanged: 1))
        #expect(data.cities.map(\.id) == ["accra", "pune", "shenzhen", "surat"])
    }

    @Test func replaceRefusesToDropCitiesStillNamed() {
        var data = forum
        #expect(throws: ImportError.self) {
            try ForumImport.mergeCities([forum.cities[0]], into: &data, replace: true, file: "r.csv")
        }
        #expect(data == forum)
    }

    @Test func importingTheSameSessionLogTwiceAddsNothing() throws {
        var data = forum
        data.sessions = []
        let csv = Array("""
            date,pilot,peer,format,area,attendees,rating,outcome,follow-up
            2026-02-01,surat,accra,webinar,flood-management,12,4,"Maps, shared",
            2026-02-08,surat,accra,call,,,,,

            """.utf8)
        let rows = try SessionReader.parse(csv, file: "s.csv", data: data, allowUnpaired: false)
        #expect(ForumImport.mergeSessions(rows, into: &data) == ImportSummary(added: 2))
        // Ids from the date and the content (SessionID.derived): distinct, merge-safe.
        #expect(data.sessions.map { $0.id.prefix(10) } == ["s20260201-", "s20260208-"])
        #expect(Set(data.sessions.map(\.id)).count == 2)
        #expect(ForumImport.mergeSessions(rows, into: &data) == ImportSummary(unchanged: 2))
    }

    @Test func sessionsMustNameAPairingUnlessAllowed() throws {
        let csv = Array("date,pilot,peer,format\n2026-02-01,surat,shenzhen,webinar\n".utf8)
        do {
            _ = try SessionReader.parse(csv, file: "s.csv", data: forum, allowUnpaired: false)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "s.csv:2:3: peer: surat and shenzhen have no pairing; record the pairing first, or import with --allow-unpaired")
        }
        #expect(try SessionReader.parse(csv, file: "s.csv", data: forum, allowUnpaired: true).count == 1)
        let unknown = Array("date,pilot,peer,format\n2026-02-01,surat,acra,webinar\n".utf8)
        #expect(throws: ImportError(file: "s.csv", line: 2, column: 3, columnName: "peer",
                                    problem: .unknownCity("acra", suggestions: ["accra"]))) {
            try SessionReader.parse(unknown, file: "s.csv", data: forum, allowUnpaired: true)
        }
    }
}

@Suite struct ForumCheckTests {
    @Test func findsEveryKindOfProblem() {
        var data = DataFolderTests().sampleForum()
        // The sample's pin shares no area: `match` refuses it, so `check` says so in its words.
        #expect(ForumCheck.problems(in: data).map(\.description) == ["no-shared-area: cannot pin surat–shenzhen: the two cities share no interest area"])
        data.pins = [PairKey(pilot: "surat", peer: "accra")]
        #expect(ForumCheck.problems(in: data).map(\.description) == ["pinned-and-excluded: cannot pin surat–accra: the pair is excluded; remove the exclusion or the pin"])
        data.pins = []
        data.pairings.append(Pairing(pilot: "surat", peer: "shenzhen", start: Day("2026-01-01")!))
        data.pairings.append(Pairing(pilot: "surat", peer: "ghost", start: Day("2026-01-01")!))
        data.cities[data.cityIndex()["surat"]!].capacity = 1
        data.sessions[0].area = "sea-level-rise"
        let kinds = ForumCheck.problems(in: data).map(\.kind)
        #expect(Set(kinds) == [.danglingID, .noSharedArea, .capacityExceeded, .unknownArea])
    }
}
