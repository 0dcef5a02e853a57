import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Merge by id (FORMATS.md): columns the file lacks keep their values, an
/// empty cell clears its field; imports that would break committed pairings
/// are refused unless forced.
@Suite struct ImportMergeTests {
    let base: ForumData = {
        var data = DataFolderTests().sampleForum()
        data.normalize()
        let k = data.cities.firstIndex { $0.id == "surat" }!
        data.cities[k].capacity = 2
        data.cities[k].languages = ["en", "gu"]
        data.cities[k].networks = ["C40", "ICLEI"]
        data.cities[k].extra = ["x-a": "kept a", "x-b": "kept b"]
        return data
    }()

    func importCSV(_ csv: String, into data: inout ForumData, force: Bool = false) throws -> ImportSummary {
        let read = try RosterReader.parseWithColumns(Array(csv.utf8), file: "r.csv", forum: data.forum)
        return try ForumImport.mergeCities(read.cities, columns: read.columns, into: &data, replace: false, force: force, file: "r.csv")
    }

    func surat(_ data: ForumData) -> City { data.cities.first { $0.id == "surat" }! }

    @Test func columnsTheFileLacksKeepTheirValues() throws {
        var data = base
        let summary = try importCSV("id,name,country,role,capacity\nsurat,Surat City,IN,pilot,3\n", into: &data)
        #expect(summary == ImportSummary(updated: 1))
        var expected = surat(base)
        expected.name = "Surat City"
        expected.capacity = 3
        #expect(surat(data) == expected)
        #expect(surat(data).region == "South Asia" && surat(data).interests == surat(base).interests)
        #expect(surat(data).extra == ["x-a": "kept a", "x-b": "kept b"])
        // The other records are untouched.
        #expect(data.cities.filter { $0.id != "surat" } == base.cities.filter { $0.id != "surat" })
    }

    @Test func anEmptyCellClearsItsField() throws {
        var data = base
        _ = try importCSV("""
            id,name,country,role,region,capacity,languages,networks,interests,x-a
            surat,Surat,IN,pilot,,,,,,

            """, into: &data)
        let c = surat(data)
        #expect(c.region == "")
        #expect(c.capacity == nil && c.effectiveCapacity == CityRole.pilot.defaultCapacity)
        #expect(c.languages.isEmpty && c.networks.isEmpty && c.interests.isEmpty)
        // x-a was in the file (empty: removed); x-b was not (kept).
        #expect(c.extra == ["x-b": "kept b"])
    }

    @Test func reimportingAnExportChangesNothing() throws {
        var data = base
        let summary = try importCSV(String(decoding: Exporter.cities(base.cities, format: .csv), as: UTF8.self), into: &data)
        #expect(summary == ImportSummary(unchanged: base.cities.count))
        #expect(data == base)
    }

    @Test func changingThePairedCitysRoleIsRefusedNamingThePairs() throws {
        var data = base
        do {
            _ = try importCSV("id,name,country,role\nsurat,Surat,IN,peer\n", into: &data)
            Issue.record("the role change was accepted")
        } catch let e as ImportError {
            // surat is in pairing surat–accra, pin surat–shenzhen and exclusion surat–accra.
            #expect(e.description == "r.csv: this import would break committed pairings: city 'surat': role pilot → peer, but pairs surat–accra, surat–shenzhen name it as a pilot; nothing was changed (import with --force to change them anyway; `peermatch check` then lists what to fix)")
        }
        #expect(data == base)
        let summary = try importCSV("id,name,country,role\nsurat,Surat,IN,peer\n", into: &data, force: true)
        #expect(surat(data).role == .peer)
        #expect(summary.broken == [ImportBreak(city: "surat", kind: .roleChanged(from: .pilot, to: .peer),
                                               pairs: [PairKey(pilot: "surat", peer: "accra"), PairKey(pilot: "surat", peer: "shenzhen")])])
        // What it broke is what check now finds.
        #expect(ForumCheck.problems(in: data).contains { $0.kind == .wrongRole })
    }

    @Test func aCapacityBelowTheActivePairingsIsRefused() throws {
        var data = base
        #expect(throws: ImportError.self) { try importCSV("id,name,country,role,capacity\naccra,Accra,GH,peer,0\n", into: &data) }
        #expect(data == base)
        // Exactly as many places as active pairings is fine.
        _ = try importCSV("id,name,country,role,capacity\naccra,Accra,GH,peer,1\n", into: &data)
        #expect(data.cities.first { $0.id == "accra" }!.capacity == 1)
        let summary = try importCSV("id,name,country,role,capacity\naccra,Accra,GH,peer,0\n", into: &data, force: true)
        #expect(summary.broken.map(\.description) == ["city 'accra': capacity 0 is below its 1 active pairings (surat–accra)"])
        #expect(ForumCheck.problems(in: data).contains { $0.kind == .capacityExceeded })
    }

    @Test func checkFindsPairingAndSessionDatesThatCannotBe() {
        func day(_ s: String) -> Day { Day(s)! }
        var data = base
        data.pins = []
        data.exclusions = []
        #expect(ForumCheck.problems(in: data).isEmpty)
        data.pairings = [
            Pairing(pilot: "surat", peer: "accra", status: .ended, start: day("2025-01-01"), end: day("2025-06-30")),
            Pairing(pilot: "surat", peer: "accra", start: day("2026-01-15")),
        ]
        // Within the first pairing, within the second (open): fine.
        data.sessions[0].date = day("2025-03-01")
        var later = data.sessions[0]
        later.id = "s000002"
        later.date = day("2026-02-01")
        data.sessions.append(later)
        #expect(ForumCheck.problems(in: data).isEmpty)

        var gap = later
        gap.id = "s000003"
        gap.date = day("2025-09-01")      // between the two pairings
        var early = later
        early.id = "s000004"
        early.date = day("2024-12-31")    // before the first began
        data.sessions += [gap, early]
        data.pairings.append(Pairing(pilot: "surat", peer: "shenzhen", status: .ended, start: day("2026-03-01"), end: day("2026-02-01")))
        data.pairings.append(Pairing(pilot: "surat", peer: "shenzhen", start: day("2026-04-01"), end: day("2026-05-01")))
        let surat = data.cities.firstIndex { $0.id == "surat" }!, shenzhen = data.cities.firstIndex { $0.id == "shenzhen" }!
        data.cities[shenzhen].interests = data.cities[surat].interests
        data.cities[surat].capacity = 5
        data.cities[shenzhen].capacity = 5
        let messages = ForumCheck.problems(in: data).map(\.description).sorted()
        #expect(messages == [
            "pairing-dates: active pairing surat–shenzhen (started 2026-04-01) has an end date 2026-05-01; an active pairing has none (or set its status to ended)",
            "pairing-dates: pairing surat–shenzhen ends 2026-02-01, before it starts (2026-03-01)",
            "session-outside-pairing: session s000003 of surat–accra on 2025-09-01 is after its pairing ended (2025-06-30)",
            "session-outside-pairing: session s000004 of surat–accra on 2024-12-31 is before its pairing started (2025-01-01)",
        ])
    }
}
