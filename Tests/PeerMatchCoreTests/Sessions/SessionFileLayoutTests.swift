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
        // Read in file order (id order for layout 2); `ForumData` puts them in date order.
        let two = try SessionCodec.readJSON(SessionCodec.writeJSON(data.sessions), file: "s.json")
        #expect(two.sorted(by: ForumData.sessionOrder) == data.sessions)
        #expect(two.map(\.id) == data.sessions.map(\.id).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(try SessionCodec.readJSON(SessionCodec.writeListJSON(data.sessions), file: "s.json") == data.sessions)
        #expect(try SessionCodec.readJSON(SessionCodec.writeJSON([]), file: "s.json") == [])
    }

    /// A forum with a history, its sessions.json lines, and a generator.
    static func forum(seed: UInt64) -> (ForumData, [String], SplitMix64) {
        var data = Fixtures.activityForum(seed: seed, cities: 60, sessions: 80)
        data.normalize()
        return (data, lines(SessionCodec.writeJSON(data.sessions)), SplitMix64(seed: seed))
    }

    /// Where `id`'s three lines start, or nil.
    static func record(_ lines: [String], _ id: String) -> Int? { lines.firstIndex(of: ", \"\(id)\": {") }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aNewSessionOnlyAddsItsThreeLinesBetweenTwoRecords(seed: UInt64) throws {
        var (data, before, rng) = Self.forum(seed: seed)
        // Any date, today's or backdated; its place in the file is by id.
        let date = data.sessions[Int.random(in: 0..<data.sessions.count, using: &rng)].date
        let id = "s\(date.description.replacingOccurrences(of: "-", with: ""))-\(Int.random(in: 100_000...999_999, using: &rng))"
        data.sessions.append(Session(id: id, date: date, pilot: data.sessions[0].pilot, peer: data.sessions[0].peer,
                                     format: .call, outcome: "new"))
        data.normalize()
        let after = Self.lines(SessionCodec.writeJSON(data.sessions))
        let at = try #require(Self.record(after, id))
        #expect((at - 2) % 3 == 0)
        #expect(Array(after[..<at]) + Array(after[(at + 3)...]) == before)
        #expect(after[at + 1].contains("\"outcome\": \"new\""))
        // Its neighbours are lines no edit changes: a record's last line (or
        // schemaVersion) above, a record's first line (or the closing `}`) below.
        #expect(after[at - 1].hasPrefix("      \"id\": ") || after[at - 1] == "  \"schemaVersion\": 2")
        #expect(after[at + 3].hasPrefix(", \"") || after[at + 3] == "}")
        if data.sessions.last?.id == id { #expect(after[at + 3] == "}") }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func anEditChangesOnlyItsSessionsMiddleLine(seed: UInt64) throws {
        var (data, before, rng) = Self.forum(seed: seed)
        let i = Int.random(in: 0..<data.sessions.count, using: &rng)
        let id = data.sessions[i].id
        data.sessions[i].followUpDone.toggle()
        data.sessions[i].outcome += " (edited)"
        data.sessions[i].rating = data.sessions[i].rating == 5 ? 1 : 5
        // A new date moves it in the log, not in the file (which is in id order).
        data.sessions[i].date = data.sessions[i].date.adding(days: Int.random(in: -400...400, using: &rng))
        data.normalize()
        let after = Self.lines(SessionCodec.writeJSON(data.sessions))
        #expect(after.count == before.count)
        let changed = after.indices.filter { after[$0] != before[$0] }
        #expect(changed.count == 1)
        // Lines 0-1 are `{` and schemaVersion; then first, middle, last line of each record.
        #expect(changed.allSatisfy { ($0 - 2) % 3 == 1 })
        #expect(before[changed[0] - 1] == ", \"\(id)\": {")
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aDeletionChangesOnlyItsSessionsMiddleLineAndReadsBack(seed: UInt64) throws {
        var (data, before, rng) = Self.forum(seed: seed)
        let id = data.sessions[Int.random(in: 0..<data.sessions.count, using: &rng)].id
        let gone = try data.deleteSession(id: id)
        let bytes = SessionCodec.writeJSON(data.sessions, deleted: data.deletedSessions)
        let after = Self.lines(bytes)
        #expect(after.count == before.count)
        let changed = after.indices.filter { after[$0] != before[$0] }
        #expect(changed.count == 1 && (changed[0] - 2) % 3 == 1)
        #expect(after[changed[0]] == before[changed[0]].replacingOccurrences(of: "      \"date\"", with: "      \"deleted\": true, \"date\""))
        let read = try SessionCodec.readDataFile(bytes, file: "s.json")
        #expect(read.sessions.sorted(by: ForumData.sessionOrder) == data.sessions)
        #expect(read.deleted.map(\.id) == [id])
        // Undoing the deletion brings it back and forgets it was deleted.
        data.apply(gone)
        #expect(data.deletedSessions.isEmpty)
        #expect(Self.lines(SessionCodec.writeJSON(data.sessions, deleted: data.deletedSessions)) == before)
    }

    static func record(_ id: String, _ date: String, _ format: String = "call", id field: String? = nil) -> String {
        ", \"\(id)\": {\n      \"date\": \"\(date)\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"\(format)\",\n      \"id\": \"\(field ?? id)\"}\n"
    }

    @Test func sessionsInAnyOrderAreReadInDateOrder() throws {
        // What a union merge leaves: ours, then theirs, whatever their ids.
        let text = "{\n  \"schemaVersion\": 2\n" + Self.record("s20261125-zzzzzz", "2026-11-25")
            + Self.record("s20261125-aaaaaa", "2026-11-25", "webinar") + Self.record("s20261124-mmmmmm", "2026-11-24")
            + Self.record("s20261126-bbbbbb", "2026-11-26") + "}\n"
        let data = ForumData(forum: Forum(name: "f"), sessions: try Self.read(text))
        #expect(data.sessions.map(\.id) == ["s20261124-mmmmmm", "s20261125-aaaaaa", "s20261125-zzzzzz", "s20261126-bbbbbb"])
    }

    /// (text, line, column, a phrase the sentence must hold)
    static let head = "{\n  \"schemaVersion\": 2\n"
    static let refused: [(String, Int, Int, String)] = [
        // One session changed differently on two branches: union keeps both middle lines.
        (head + ", \"s1\": {\n      \"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\",\n"
         + "      \"date\": \"2026-01-02\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\",\n      \"id\": \"s1\"}\n}\n",
         5, 7, "one version of session s1's fields, found 'date' again (first at line 4): a second version, from two git branches"),
        // One session's date changed on two branches: it moved to two places.
        (head + record("s1", "2026-01-01") + record("s2", "2026-01-02") + record("s1", "2026-01-03") + "}\n",
         9, 3, "session s1 again (first at line 3): if two git branches both changed it, keep the three lines"),
        (head + record("s1", "2026-01-01", id: "s2") + "}\n", 5, 13, "\"s1\", the id the session is stored under"),
        ("{\"schemaVersion\": 1, \"s1\": {\"id\": \"s1\", \"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}}",
         1, 1, "a \"sessions\" array (schemaVersion 1)"),
        ("{\"schemaVersion\": 2, \"sessions\": []}", 1, 34, "sessions under their ids (schemaVersion 2)"),
        ("{\"schemaVersion\": 2, \"s1\": 4}", 1, 22, "'s1' whose value is not a session's fields"),
        ("{\"schemaVersion\": 2, \"S 1\": {}}", 1, 22, "an id is a slug"),
        ("{\"s1\": {\"id\": \"s1\", \"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}}", 1, 1,
         "schemaVersion\" key"),
        ("{\"schemaVersion\": 2, \"s1\": {\"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\"}}",
         1, 28, "session s1's id, date, pilot, peer and format"),
        ("{\"schemaVersion\": 2, \"s1\": {\"nope\": 1}}", 1, 36, "one of the keys id, date, pilot"),
        ("{\"schemaVersion\": 2, \"schemaVersion\": 2}", 1, 22, "'schemaVersion' again (first at line 1)"),
        // Deleted on one branch, changed on the other: two middle lines.
        (head + ", \"s1\": {\n      \"deleted\": true, \"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\",\n"
         + "      \"date\": \"2026-01-02\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\",\n      \"id\": \"s1\"}\n}\n",
         5, 7, "one version of session s1's fields, found 'date' again (first at line 4): a second version"),
        // A record's lines with no key line above them (a merge kept a second version).
        (head + record("s1", "2026-01-01") + "      \"date\": \"2026-01-02\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"call\",\n"
         + "      \"id\": \"s1\"}\n}\n", 6, 7, "lines of session s1 outside its record"),
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
