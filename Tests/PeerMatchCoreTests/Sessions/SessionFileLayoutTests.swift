import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// sessions.json layout 2 (docs/DATA.md): what git's union merge relies on,
/// checked on the text, and the sentences for what a union merge can leave.
@Suite struct SessionFileLayoutTests {
    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func read(_ text: String) throws -> [Session] {
        try SessionCodec.readJSON(Array(text.utf8), file: "sessions.json")
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func bothLayoutsReadBackWhatWasWritten(seed: UInt64) throws {
        var data = Fixtures.activityForum(seed: seed, cities: 120, sessions: 400)
        data.normalize()
        #expect(try SessionCodec.readJSON(SessionCodec.writeJSON(data.sessions), file: "s.json") == data.sessions)
        #expect(try SessionCodec.readJSON(SessionCodec.writeListJSON(data.sessions), file: "s.json") == data.sessions)
        #expect(try SessionCodec.readJSON(SessionCodec.writeJSON([]), file: "s.json") == [])
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aNewestSessionOnlyAddsTwoLinesRightAfterSchemaVersion(seed: UInt64) throws {
        var data = Fixtures.activityForum(seed: seed, cities: 60, sessions: 80)
        data.normalize()
        let before = Self.lines(SessionCodec.writeJSON(data.sessions))
        let newest = data.sessions.map(\.date).max()!
        var rng = SplitMix64(seed: seed)
        let id = "s\(newest.description.replacingOccurrences(of: "-", with: ""))-\(Int.random(in: 100_000...999_999, using: &rng))"
        data.sessions.append(Session(id: id, date: newest, pilot: data.sessions[0].pilot, peer: data.sessions[0].peer,
                                     format: .call, outcome: "new"))
        data.normalize()
        let after = Self.lines(SessionCodec.writeJSON(data.sessions))
        // Sorted last by (date, id) only when its id sorts last; otherwise it
        // lands among that day's sessions, still between two key lines.
        let at = after.firstIndex(of: ", \"\(id)\":")!
        #expect(at % 2 == 0 && at >= 2)
        #expect(Array(after[..<at]) + Array(after[(at + 2)...]) == before)
        #expect(after[at + 1].contains("\"outcome\": \"new\""))
        if data.sessions.last?.id == id { #expect(at == 2) }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func anEditChangesOnlyItsSessionsValueLine(seed: UInt64) throws {
        var data = Fixtures.activityForum(seed: seed, cities: 60, sessions: 80)
        data.normalize()
        let before = Self.lines(SessionCodec.writeJSON(data.sessions))
        var rng = SplitMix64(seed: seed)
        let i = Int.random(in: 0..<data.sessions.count, using: &rng)
        data.sessions[i].followUpDone.toggle()
        data.sessions[i].outcome += " (edited)"
        let after = Self.lines(SessionCodec.writeJSON(data.sessions))
        #expect(after.count == before.count)
        let changed = after.indices.filter { after[$0] != before[$0] }
        #expect(changed.count == 1)
        // Lines 0-1 are `{` and schemaVersion; then key, value, key, value…
        #expect(changed.allSatisfy { $0 % 2 == 1 && $0 >= 3 })
        #expect(before[changed[0] - 1] == ", \"\(data.sessions[i].id)\":")
    }

    @Test func sessionsInAnyOrderAreReadInDateOrder() throws {
        // What a union merge leaves: ours, then theirs, whatever their ids.
        let text = """
            {
              "schemaVersion": 2
            , "s20261125-zzzzzz":
                {"date": "2026-11-25", "pilot": "a", "peer": "b", "format": "call"}
            , "s20261125-aaaaaa":
                {"date": "2026-11-25", "pilot": "a", "peer": "b", "format": "webinar"}
            , "s20261124-mmmmmm":
                {"date": "2026-11-24", "pilot": "a", "peer": "b", "format": "call"}
            , "s20261126-bbbbbb":
                {"date": "2026-11-26", "pilot": "a", "peer": "b", "format": "call"}
            }

            """
        #expect(try Self.read(text).map(\.id) == ["s20261124-mmmmmm", "s20261125-aaaaaa", "s20261125-zzzzzz", "s20261126-bbbbbb"])
    }

    /// (text, line, column, a phrase the sentence must hold)
    static let refused: [(String, Int, Int, String)] = [
        // One session changed differently on two branches: union keeps both value lines.
        ("{\n  \"schemaVersion\": 2\n, \"s1\":\n    {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}\n"
         + "    {\"date\": \"2026-01-02\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}\n}\n",
         5, 5, "a second version of session s1: two git branches both changed it"),
        // The same fields logged under two ids on two branches: two key lines, one value line.
        ("{\n  \"schemaVersion\": 2\n, \"s1\":\n, \"s2\":\n    {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}\n}\n",
         4, 1, "two git branches logged the same session under two ids"),
        ("{\n  \"schemaVersion\": 2\n, \"s1\":\n    {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}\n"
         + ", \"s1\":\n    {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}\n}\n",
         5, 3, "session s1 again (first at line 3)"),
        ("{\"schemaVersion\": 1, \"s1\": {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}}",
         1, 1, "a \"sessions\" array (schemaVersion 1)"),
        ("{\"schemaVersion\": 2, \"sessions\": []}", 1, 34, "sessions under their ids (schemaVersion 2)"),
        ("{\"schemaVersion\": 2, \"s1\": 4}", 1, 22, "'s1' whose value is not a session's fields"),
        ("{\"schemaVersion\": 2, \"S 1\": {}}", 1, 22, "an id is a slug"),
        ("{\"s1\": {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}}", 1, 1, "schemaVersion\" key"),
        ("{\"schemaVersion\": 2, \"s1\": {\"id\": \"s1\", \"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}}",
         1, 34, "one of the keys date, pilot"),
        ("{\"schemaVersion\": 2, \"s1\": {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"format\": \"call\"}}",
         1, 28, "session s1's date, pilot, peer and format"),
        ("{\"schemaVersion\": 2, \"schemaVersion\": 2}", 1, 22, "'schemaVersion' again (first at line 1)"),
    ]

    @Test(arguments: 0..<refused.count)
    func whatAUnionMergeCanLeaveIsRefusedByName(index: Int) {
        let (text, line, column, phrase) = Self.refused[index]
        do {
            _ = try Self.read(text)
            Issue.record("read: \(text)")
        } catch let e as JSONFileError {
            #expect(e.location == SourceLocation(file: "sessions.json", line: line, column: column), "\(e)")
            #expect("\(e)".contains(phrase), "\(e)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
