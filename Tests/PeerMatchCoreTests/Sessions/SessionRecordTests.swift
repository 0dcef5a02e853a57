import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// New session and pairing fields through JSON and CSV, and session ids.
@Suite struct SessionRecordTests {
    func forum() -> ForumData {
        var data = Fixtures.multilingualForum()
        data.sessions[0].cities = ["casablanca", "medellin"]
        data.sessions[0].milestones = ["m1"]
        data.pairings[0].fit = FitCheck(verdict: .poor, reason: "Different, \"priorities\"", date: Day("2026-03-01")!)
        data.pairings[0].fitFlagCleared = true
        data.pairings[0].goal = LearningGoal(text: "Flood early warning", milestones: [.init(id: "m1", text: "Drafted"), .init(id: "m2", text: "Adopted")])
        return data
    }

    @Test(arguments: Exporter.Format.allCases)
    func sessionsWithEventCitiesRoundTrip(format: Exporter.Format) throws {
        let data = forum()
        let bytes = Exporter.sessions(data.sessions, format: format)
        let back = format == .csv
            ? try SessionReader.parse(bytes, file: "s.csv", data: data, allowUnpaired: false).map(\.session)
            : try JSONImport.sessions(bytes, file: "s.json")
        #expect(back == data.sessions)
    }

    @Test func pairingsWithFitAndGoalRoundTripThroughTheDataFolder() throws {
        let folder = TemporaryFolder()
        let data = forum()
        let df = try DataFolder.create(at: folder.path + "/f", forumName: "T")
        try df.update { $0 = data }
        #expect(try df.load() == data)
        // A plain pairing is written as before: no new keys.
        let text = String(decoding: try PlainFile.read(df.filePath(.pairings))!, as: UTF8.self)
        #expect(text.components(separatedBy: "\"fit\"").count == 2)
        #expect(text.components(separatedBy: "\"goal\"").count == 2)
    }

    @Test func pairingCSVImportKeepsTheFitAndGoal() throws {
        var data = forum()
        let csv = Exporter.pairings(data, format: .csv)
        let rows = try PairingReader.parse(csv, file: "p.csv", data: data)
        let before = data
        #expect(ForumImport.mergePairings(rows, into: &data) == ImportSummary(unchanged: data.pairings.count))
        #expect(data == before)
    }

    @Test func importedSessionsGetContentDerivedIDs() throws {
        var a = Fixtures.multilingualForum(), b = a
        a.sessions = []
        b.sessions = []
        let csv = Array("""
            date,pilot,peer,format,outcome
            2026-02-01,chennai,surat,webinar,Maps
            2026-02-01,chennai,surat,webinar,Plans
            2026-02-01,accra,casablanca,call,Peer and member

            """.utf8)
        #expect(throws: ImportError.self) { try SessionReader.parse(csv, file: "s.csv", data: a, allowUnpaired: false) }
        let rows = try SessionReader.parse(csv, file: "s.csv", data: a, allowUnpaired: true)
        _ = ForumImport.mergeSessions(rows, into: &a)
        _ = ForumImport.mergeSessions(rows, into: &b)
        // The same log on two branches: the same ids; different sessions: different ids.
        #expect(a.sessions.map(\.id) == b.sessions.map(\.id))
        #expect(Set(a.sessions.map(\.id)).count == 3)
        #expect(a.sessions.allSatisfy { $0.id.hasPrefix("s20260201-") && Validation.isValidID($0.id) })
    }

    @Test func derivedIDsAvoidTakenOnes() {
        let s = Fixtures.multilingualForum().sessions[0]
        let first = SessionID.derived(from: s, avoiding: [])
        let second = SessionID.derived(from: s, avoiding: [first])
        #expect(first != second && second.hasPrefix("s20260220-"))
        #expect(SessionID.make(date: s.date, bits: 0) == "s20260220-000000")
        #expect(SessionID.make(date: s.date, bits: 35) == "s20260220-00000z")
        #expect(SessionID.make(date: s.date, bits: 36) == "s20260220-000010")
    }
}
