import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct DataFolderTests {
    func sampleForum() -> ForumData {
        ForumData(
            forum: Forum(name: "Test forum", areaWeights: ["heat-islands": 1.5]),
            cities: [
                Fixtures.city("surat", .pilot, region: "South Asia", ["flood-management": 3], name: "Surat"),
                Fixtures.city("accra", .peer, region: "West Africa", ["flood-management": 2], name: "Accra", country: "GH"),
                Fixtures.city("shenzhen", .peer, languages: ["zh"], ["low-carbon-development": 3], name: "深圳", country: "CN"),
            ],
            pairings: [Pairing(pilot: "surat", peer: "accra", start: Day("2026-01-15")!, cohort: "2026", note: "water, \"first\"")],
            pins: [PairKey(pilot: "surat", peer: "shenzhen")],
            exclusions: [PairKey(pilot: "surat", peer: "accra")],
            sessions: [Session(id: "s000001", date: Day("2026-02-01")!, pilot: "surat", peer: "accra", format: .webinar,
                               area: "flood-management", attendees: 12, rating: 4, outcome: "Shared maps\nnext: visit",
                               followUp: "Send budget", followUpDue: Day("2026-03-01"), followUpDone: false)])
    }

    @Test func initThenUpdateThenLoadRoundTrips() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("forum"), forumName: "Test forum")
        #expect(try folder.load() == ForumData(forum: Forum(name: "Test forum")))
        let expected = sampleForum()
        try folder.update { $0 = expected }
        #expect(try folder.load() == expected)
    }

    @Test func unchangedUpdateWritesNothing() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        let data = sampleForum()
        try folder.update { $0 = data }
        let before = tmp.snapshot("f")
        try folder.update { _ in }
        #expect(tmp.snapshot("f") == before)
    }

    @Test func oneChangedRecordChangesFewLines() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        try folder.update { $0 = sampleForum() }
        let before = String(decoding: tmp.snapshot("f")["cities.json"]!, as: UTF8.self).split(separator: "\n")
        try folder.update { $0.cities[0].region = "Africa" }
        let after = String(decoding: tmp.snapshot("f")["cities.json"]!, as: UTF8.self).split(separator: "\n")
        #expect(before.count == after.count)
        #expect(zip(before, after).filter { $0 != $1 }.count == 1)
    }

    @Test func failingUpdateWritesNothing() throws {
        struct Boom: Error {}
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        let before = tmp.snapshot("f")
        #expect(throws: Boom.self) {
            try folder.update { data in
                data.cities.append(Fixtures.city("x", .peer, [:]))
                throw Boom()
            }
        }
        #expect(tmp.snapshot("f") == before)
    }

    @Test func missingFolderSaysHowToCreateOne() {
        #expect(throws: StoreError.folderMissing(path: "/nonexistent/forum")) {
            try DataFolder(path: "/nonexistent/forum").load()
        }
        #expect(StoreError.folderMissing(path: "d").description
            == "no data folder at d; create one with `peermatch init d`, or point --data or PEERMATCH_DATA at an existing one")
    }

    @Test func initRefusesAnExistingForum() throws {
        let tmp = TemporaryFolder()
        _ = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        #expect(throws: StoreError.alreadyAForum(path: tmp.file("f"))) {
            try DataFolder.create(at: tmp.file("f"), forumName: "y")
        }
    }

    @Test func malformedJSONIsRefusedWithLineAndColumn() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        tmp.write("f/cities.json", """
            {
              "schemaVersion": 1,
              "cities": [
                {"id": "a", "name": "A", "country": "IN", "role": "pilot",}
              ]
            }
            """)
        let before = tmp.snapshot("f")
        do {
            _ = try folder.load()
            Issue.record("expected an error")
        } catch let e as JSONFileError {
            #expect(e.location == SourceLocation(file: tmp.file("f/cities.json"), line: 4, column: 63))
            #expect(e.description.hasSuffix("expected a string, found '}'"))
        }
        #expect(throws: JSONFileError.self) { try folder.update { _ in } }
        #expect(tmp.snapshot("f").filter { $0.key != ".lock" } == before.filter { $0.key != ".lock" })
    }

    @Test func badValueIsRefusedWhereItStands() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        tmp.write("f/cities.json", """
            {
              "schemaVersion": 1,
              "cities": [
                {
                  "id": "a",
                  "name": "A",
                  "country": "IN",
                  "role": "mentor"
                }
              ]
            }
            """)
        #expect(throws: JSONFileError(location: SourceLocation(file: tmp.file("f/cities.json"), line: 8, column: 15),
                                      expected: "role pilot, peer or member", found: "'\"mentor\"'")) {
            try folder.load()
        }
    }

    @Test func newerSchemaIsRefused() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        tmp.write("f/sessions.json", "{\"schemaVersion\": 3, \"sessions\": []}\n")
        do {
            _ = try folder.load()
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("sessions.json:1:19: expected schemaVersion 2 or lower (this file was written by a newer PeerMatch"))
        }
    }

    @Test func secondWriterWaitsThenFailsClearly() throws {
        let tmp = TemporaryFolder()
        let folder = DataFolder(path: try DataFolder.create(at: tmp.file("f"), forumName: "x").path, lockTimeout: 0.2)
        let held = try FileLock.acquireExclusive(folder: folder.path, timeout: 0)
        defer { withExtendedLifetime(held) {} }
        do {
            try folder.update { $0.forum.name = "changed" }
            Issue.record("expected the lock to be busy")
        } catch let e as StoreError {
            guard case .locked(let path, let holder, _) = e else { Issue.record("wrong error \(e)"); return }
            #expect(path == folder.path)
            #expect(holder.hasPrefix("pid "))
        }
    }

    @Test func staleTemporaryFilesAreCleanedByTheNextWriter() throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        tmp.write("f/.cities.json.tmp-99999", "half a file")
        try folder.update { $0.forum.name = "y" }
        #expect(tmp.snapshot("f")[".cities.json.tmp-99999"] == nil)
    }
}
