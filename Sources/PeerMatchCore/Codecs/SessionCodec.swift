/// A co-learning session in every form it is stored or exchanged:
/// `sessions.json` (layouts 1 and 2) and the session log CSV (FORMATS.md "Session CSV"), read
/// and written side by side, so a new field is one edit in this file.
///
/// Beyond FORMATS.md's columns the CSV has `id`, `follow-up-due` and
/// `follow-up-done`, which `export sessions` writes, so export and import
/// round-trip; `cities` (other attending cities) and `milestones` (ticked
/// milestone ids) are lists separated by `;`.
public enum SessionCodec {
    public static let csvColumns = ["date", "pilot", "peer", "format", "area", "attendees", "rating", "outcome", "follow-up",
                                    "id", "follow-up-due", "follow-up-done", "cities", "milestones"]
    public static let requiredCSVColumns = ["date", "pilot", "peer", "format"]

    // MARK: JSON

    /// sessions.json's layout version. 1: a `sessions` array, one field a
    /// line (still read). 2: sessions keyed by id, three lines each, so git's
    /// built-in union merge keeps what two branches logged (docs/DATA.md,
    /// "sessions.json").
    public static let schemaVersion = 2

    /// Layout 2. Every session is three lines: `, "ID": {`, a line with every
    /// field but the id, and `"id": "ID"}`, in id order. The first and last
    /// never change once written and hold the id, so they differ from every
    /// other session's; an id never changes, so neither does a session's
    /// place; and a deleted session keeps its lines, its middle line
    /// starting `"deleted": true,` (its fields stay: it can be restored). So every change two branches make to different
    /// sessions touches one middle line with unchanged lines around it, or
    /// adds whole records at one place, which union keeps both of.
    /// `schemaVersion` is always the first member and `}` the last line, so
    /// every session line starts with `, ` and none is ever "the first" or
    /// "the last" needing a different comma.
    public static func writeJSON(_ sessions: [Session], deleted: [Session] = []) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 64 + sessions.count * 260 + deleted.count * 60)
        w.raw("{\n  \"schemaVersion\": \(schemaVersion)\n")
        let byID = sessions.indices.sorted { sessions[$0].id.utf8.lexicographicallyPrecedes(sessions[$1].id.utf8) }
        var d = 0
        func record(_ id: String, _ middle: (inout JSONWriter) -> Void) {
            w.raw(", ")
            w.string(id)
            w.raw(": ")
            w.inline { w in
                w.beginObject()
                w.lineBreak(indent: 6)
                middle(&w)
                w.lineBreak(indent: 6)
                w.field("id", id)
                w.endObject()
            }
            w.raw("\n")
        }
        for i in byID {
            let s = sessions[i]
            while d < deleted.count && deleted[d].id.utf8.lexicographicallyPrecedes(s.id.utf8) {
                let gone = deleted[d]
                record(gone.id) { w in w.field("deleted", true); writeFields(of: gone, to: &w) }
                d += 1
            }
            record(s.id) { writeFields(of: s, to: &$0) }
        }
        for gone in deleted[d...] { record(gone.id) { w in w.field("deleted", true); writeFields(of: gone, to: &w) } }
        w.raw("}\n")
        return w.bytes
    }

    /// Layout 1, the `sessions` array, one field a line: what `sessions list`
    /// and `export sessions` print for scripts (a list, oldest first), and
    /// what `import sessions` reads back.
    static func writeListJSON(_ sessions: [Session]) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 64 + sessions.count * 260, leadingCommas: true)
        w.beginObject()
        w.field("schemaVersion", 1)
        w.key("sessions")
        w.beginArray()
        for s in sessions {
            w.beginObject()
            w.field("id", s.id)
            writeFields(of: s, to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    /// Every field but the id, in the order both layouts write them.
    private static func writeFields(of s: Session, to w: inout JSONWriter) {
        w.field("date", s.date.description)
        w.field("pilot", s.pilot)
        w.field("peer", s.peer)
        w.field("format", s.format.rawValue)
        w.key("area")
        if let a = s.area { w.string(a) } else { w.null() }
        w.key("attendees")
        if let a = s.attendees { w.int(a) } else { w.null() }
        w.key("rating")
        if let r = s.rating { w.int(r) } else { w.null() }
        w.field("outcome", s.outcome)
        w.field("followUp", s.followUp)
        w.key("followUpDue")
        if let d = s.followUpDue { w.string(d.description) } else { w.null() }
        w.field("followUpDone", s.followUpDone)
        // Absent when empty: most sessions are between two cities and tick nothing.
        if !s.cities.isEmpty { w.field("cities", strings: s.cities) }
        if !s.milestones.isEmpty { w.field("milestones", strings: s.milestones) }
    }

    /// Strict: unknown keys, wrong types and bad values are errors. Reads
    /// both layouts; returns the sessions in file order.
    static func readJSON(_ bytes: [UInt8], file: String) throws -> [Session] {
        try readDataFile(bytes, file: file).sessions
    }

    /// The sessions (in file order) and the deleted ones (by id).
    public static func readDataFile(_ bytes: [UInt8], file: String) throws -> (sessions: [Session], deleted: [Session]) {
        var deleted: [Session] = []
        let sessions = try JSONReader.read(bytes, file: file) { r in try readSessionsFile(&r, deleted: &deleted) }
        // Layout 2 is in id order, which is nearly always date order too (a
        // new id starts with its date); `ForumData.normalize` sorts when not.
        if !deleted.isSorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            deleted.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        }
        return (sessions, deleted)
    }

    /// The top-level object, read by hand rather than with `readObject`: a
    /// forum has 100,000 sessions, so repeated ids are found with a
    /// table, and what a union merge leaves when both branches changed one
    /// session gets a sentence of its own.
    private static func readSessionsFile(_ r: inout JSONReader, deleted: inout [Session]) throws -> [Session] {
        let start = r.valueOffset()
        try r.expect(UInt8(ascii: "{"), "an object ({)")
        var sessions: [Session] = []
        // About 200 bytes a session on disk: reserve once instead of doubling.
        sessions.reserveCapacity(r.bytes.count / 200)
        // Where each session's key is, to name both lines of a repeated id.
        var keyOffsets: [Int] = []
        var keyIDs: [String] = []
        keyOffsets.reserveCapacity(r.bytes.count / 200)
        keyIDs.reserveCapacity(r.bytes.count / 200)
        var ids = IDTable(capacity: r.bytes.count / 200)
        var versionAt: Int?
        var keyedCount = 0
        var version: Int?
        var arrayAt: Int?
        let known = "schemaVersion, then each session under its id"
        if !r.consume(UInt8(ascii: "}")) {
            while true {
                r.skipSpace()
                let keyOffset = r.position
                let key = try r.readString()
                try r.expect(UInt8(ascii: ":"), "':' after a key")
                let valueAt = r.valueOffset()
                func repeated(firstAt first: Int, _ what: String, _ advice: String = "") -> JSONFileError {
                    var e = r.error(at: keyOffset, expected: "each key once")
                    e.found = "\(what) again (first at line \(r.error(at: first, expected: "").location.line))\(advice)"
                    return e
                }
                if key.utf8.count == 13 && key == "schemaVersion" {
                    if let versionAt { throw repeated(firstAt: versionAt, "'schemaVersion'") }
                    versionAt = keyOffset
                    version = try r.readSchemaVersion(newest: schemaVersion)
                } else if key == "sessions" && r.peek() == UInt8(ascii: "[") {
                    // Layout 1 (an id "sessions" would have an object here).
                    if let arrayAt { throw repeated(firstAt: arrayAt, "'sessions'") }
                    arrayAt = valueAt
                    try r.readArray { r in sessions.append(try readSession(&r, id: nil).session) }
                } else {
                    guard Validation.isValidID(key) else {
                        var e = r.error(at: keyOffset, expected: "one of the keys \(known) (an id is a slug [a-z0-9][a-z0-9-]*)")
                        e.found = "'\(key)'"
                        throw e
                    }
                    if let first = ids.insert(key, at: keyIDs.count, existing: { keyIDs[$0] }) {
                        throw repeated(firstAt: keyOffsets[first],
                                       "session \(key)", ": if two git branches both changed it, keep the three lines of the version you want and delete the other three")
                    }
                    keyOffsets.append(keyOffset)
                    keyIDs.append(key)
                    keyedCount += 1
                    guard r.peek() == UInt8(ascii: "{") else {
                        var e = r.error(at: keyOffset, expected: "one of the keys \(known)")
                        e.found = "'\(key)' whose value is not a session's fields ({...})"
                        throw e
                    }
                    do {
                        let (s, isDeleted) = try readSession(&r, id: key)
                        if isDeleted { deleted.append(s) } else { sessions.append(s) }
                    } catch var e as JSONFileError where e.expected.hasPrefix("each key once") {
                        // Two value lines in one record: union kept both branches' versions.
                        e.expected = "one version of session \(key)'s fields"
                        e.found += ": a second version, from two git branches that both changed this session; "
                            + "keep the line you want and delete the other"
                        throw e
                    }
                }
                if r.consume(UInt8(ascii: ",")) { continue }
                if r.consume(UInt8(ascii: "}")) { break }
                var e = r.error(expected: "',' or '}' in an object")
                if let stray = strayRecordID(r) {
                    // Lines of a record with no key line above: union kept a second version.
                    e.found += ": lines of session \(stray) outside its record; a git merge kept two versions of it "
                        + "(both branches changed it): keep one version's lines and delete the other's"
                }
                throw e
            }
        }
        guard let version else {
            throw r.error(at: start, expected: "a \"schemaVersion\" key (\(schemaVersion) for this PeerMatch) in the top-level object (keys: \(known))")
        }
        if let arrayAt, version >= 2 {
            throw r.error(at: arrayAt, expected: "sessions under their ids (schemaVersion \(version)), not a \"sessions\" array")
        }
        if keyedCount > 0, version < 2 {
            throw r.error(at: start, expected: "a \"sessions\" array (schemaVersion \(version)), or schemaVersion \(schemaVersion) for sessions under their ids")
        }
        return sessions
    }

    /// The id on the `"id": "…"}` line that ends the record whose lines
    /// follow the reader's position, if one does within two lines.
    private static func strayRecordID(_ r: JSONReader) -> String? {
        let marker = Array("\"id\": \"".utf8)
        var i = r.position, lines = 0
        while i < r.bytes.count && lines < 2 {
            if r.bytes[i] == 0x0A { lines += 1 }
            if i + marker.count <= r.bytes.count && r.bytes[i..<(i + marker.count)].elementsEqual(marker) {
                var end = i + marker.count
                while end < r.bytes.count && r.bytes[end] != UInt8(ascii: "\"") && r.bytes[end] != 0x0A { end += 1 }
                let id = String(decoding: r.bytes[(i + marker.count)..<end], as: UTF8.self)
                return Validation.isValidID(id) ? id : nil
            }
            i += 1
        }
        return nil
    }

    private static let sessionKeys =
        "id, date, pilot, peer, format, area, attendees, rating, outcome, followUp, followUpDue, followUpDone, cities, milestones"

    /// One session's object; `id` is the key it is stored under (layout 2),
    /// which its `id` field must repeat, or nil (layout 1); whether it is a
    /// deleted session (layout 2: `"deleted": true` first).
    private static func readSession(_ r: inout JSONReader, id: String?) throws -> (session: Session, deleted: Bool) {
        let at = r.valueOffset()
        var deletedAt: Int?
        var s = Session(id: id ?? "", date: Day(daysSinceEpoch: 0), pilot: "", peer: "", format: .webinar)
        var seen = 0
        try r.readObject { r, key in
            switch key {
            case "id":
                let at = r.valueOffset()
                if let id {
                    guard try r.readString(equalTo: id) else { throw r.error(at: at, expected: "\"\(id)\", the id the session is stored under") }
                } else {
                    s.id = try r.readString()
                }
                seen |= 1
            case "date": s.date = try r.readDay(); seen |= 2
            case "pilot": s.pilot = try r.readString(); seen |= 4
            case "peer": s.peer = try r.readString(); seen |= 8
            case "format":
                let at = r.valueOffset()
                guard let f = SessionFormat(rawValue: try r.readString()) else {
                    throw r.error(at: at, expected: "a format (\(SessionFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                s.format = f
                seen |= 16
            case "area": s.area = try r.readOptional { try $0.readString() }
            case "attendees":
                let at = r.valueOffset()
                s.attendees = try r.readOptional { try $0.readInt() }
                if let a = s.attendees, a < 0 { throw r.error(at: at, expected: "attendees >= 0") }
            case "rating":
                let at = r.valueOffset()
                s.rating = try r.readOptional { try $0.readInt() }
                if let v = s.rating, !Validation.ratings.contains(v) {
                    throw r.error(at: at, expected: "a rating 1..5")
                }
            case "outcome": s.outcome = try r.readString()
            case "followUp": s.followUp = try r.readString()
            case "followUpDue": s.followUpDue = try r.readOptional { try $0.readDay() }
            case "followUpDone": s.followUpDone = try r.readBool()
            case "cities": s.cities = try r.readStringArray()
            case "milestones": s.milestones = try r.readStringArray()
            case "deleted" where id != nil:
                deletedAt = r.valueOffset()
                guard try r.readBool() else { throw r.error(at: deletedAt!, expected: "true (a deleted session)") }
            default: throw r.unknownKey(key, known: sessionKeys)
            }
        }
        guard seen == 31 else {
            throw r.error(at: at, expected: id.map { "session \($0)'s id, date, pilot, peer and format" } ?? "a session with id, date, pilot, peer and format")
        }
        return (s, deletedAt != nil)
    }

    // MARK: CSV

    static func writeCSV(_ sessions: [Session], guardsFormulas: Bool = true) -> [UInt8] {
        var w = CSVWriter(reserve: sessions.count * 120, guardsFormulas: guardsFormulas)
        w.row(csvColumns)
        for s in sessions {
            w.row([
                s.date.description, s.pilot, s.peer, s.format.rawValue, s.area ?? "",
                s.attendees.map(String.init) ?? "", s.rating.map(String.init) ?? "", s.outcome, s.followUp,
                s.id, s.followUpDue?.description ?? "", s.followUpDone ? "yes" : "no",
                s.cities.joined(separator: ";"), s.milestones.joined(separator: ";"),
            ])
        }
        return w.bytes
    }

    /// All or nothing, checked against the forum: cities exist with the right
    /// roles and have a pairing (active or ended); with `allowUnpaired`, any
    /// two different cities will do (peer–peer, pilot–member: FORMATS.md).
    /// `progress(done, total)` is called every 1,000 rows.
    static func readCSV(_ bytes: [UInt8], file: String, data: ForumData, allowUnpaired: Bool,
                        progress: ((Int, Int) -> Void)? = nil) throws -> [SessionRow] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredCSVColumns, known: csvColumns)
        let paired = Set(data.pairings.map(\.key))
        let areas = Set(data.forum.areaIDs)
        var seenIDs: [String: Int] = [:]
        var out: [SessionRow] = []
        out.reserveCapacity(table.rows.count)

        // Columns looked up once: a log has 100,000 rows.
        let dateColumn = table.column("date"), pilotColumn = table.column("pilot"), peerColumn = table.column("peer")
        let formatColumn = table.column("format"), areaColumn = table.column("area")
        let attendeesColumn = table.column("attendees"), ratingColumn = table.column("rating")
        let dueColumn = table.column("follow-up-due"), doneColumn = table.column("follow-up-done")
        let idColumn = table.column("id"), outcomeColumn = table.column("outcome"), followUpColumn = table.column("follow-up")
        let citiesColumn = table.column("cities"), milestonesColumn = table.column("milestones")

        func city(_ row: CSVRecord, _ column: CSVTable.Column, _ role: CityRole) throws -> String {
            let id = table.value(row, column)
            if let problem = rules.problem(city: id, role: allowUnpaired ? nil : role) { throw table.error(row, column, problem) }
            return id
        }

        func list(_ row: CSVRecord, _ column: CSVTable.Column) -> [String] {
            table.value(row, column).split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }

        func wholeNumber(_ row: CSVRecord, _ column: CSVTable.Column) throws -> Int? {
            let v = table.value(row, column)
            if v.isEmpty { return nil }
            guard let n = Validation.wholeNumber(v) else { throw table.error(row, column, .badWholeNumber(v)) }
            return n
        }

        let rules = ReferenceRules(data: data)
        for (n, row) in table.rows.enumerated() {
            if n % 1000 == 0 { progress?(n, table.rows.count) }
            let dateText = table.value(row, dateColumn)
            guard let date = Day(dateText) else {
                throw table.error(row, dateColumn, dateText.isEmpty ? .required : .badDate(dateText))
            }
            let pilot = try city(row, pilotColumn, .pilot)
            let peer = try city(row, peerColumn, .peer)
            if !allowUnpaired && !paired.contains(PairKey(pilot: pilot, peer: peer)) {
                throw table.error(row, peerColumn, .notPaired(pilot: pilot, peer: peer))
            }
            let formatText = table.value(row, formatColumn)
            guard let format = SessionFormat(rawValue: formatText) else {
                throw table.error(row, formatColumn, formatText.isEmpty ? .required : .badFormat(formatText))
            }
            let areaText = table.value(row, areaColumn)
            if !areaText.isEmpty && !areas.contains(areaText) {
                throw table.error(row, areaColumn, .unknownArea(areaText, known: data.forum.areaIDs))
            }
            let attendees = try wholeNumber(row, attendeesColumn)
            let rating = try wholeNumber(row, ratingColumn)
            if let r = rating, !Validation.ratings.contains(r) { throw table.error(row, ratingColumn, .badRating(String(r))) }
            let dueText = table.value(row, dueColumn)
            var due: Day?
            if !dueText.isEmpty {
                guard let d = Day(dueText) else { throw table.error(row, dueColumn, .badDate(dueText)) }
                due = d
            }
            let doneText = table.value(row, doneColumn).lowercased()
            let done: Bool
            switch doneText {
            case "", "no", "false", "0": done = false
            case "yes", "true", "1": done = true
            default: throw table.error(row, doneColumn, .badBool(doneText))
            }
            let id = table.value(row, idColumn)
            if !id.isEmpty {
                guard Validation.isValidID(id) else { throw table.error(row, idColumn, .badID(id)) }
                if let first = seenIDs[id] { throw table.error(row, idColumn, .duplicateID(id, firstLine: first)) }
                seenIDs[id] = row.line
            }
            var others: [String] = []
            for c in list(row, citiesColumn) where c != pilot && c != peer && !others.contains(c) {
                if let problem = rules.problem(city: c, role: nil) { throw table.error(row, citiesColumn, problem) }
                others.append(c)
            }
            others.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            out.append(SessionRow(
                session: Session(
                    id: id, date: date, pilot: pilot, peer: peer, format: format,
                    area: areaText.isEmpty ? nil : areaText, attendees: attendees, rating: rating,
                    outcome: table.raw(row, outcomeColumn), followUp: table.raw(row, followUpColumn),
                    followUpDue: due, followUpDone: done, cities: others, milestones: list(row, milestonesColumn)),
                hasID: !id.isEmpty, line: row.line))
        }
        return out
    }

    // MARK: References

    /// Checks sessions read from JSON against the forum, as CSV rows are checked.
    static func check(_ sessions: [Session], file: String, data: ForumData, allowUnpaired: Bool) throws {
        let rules = ReferenceRules(data: data)
        let paired = Set(data.pairings.map(\.key))
        let areas = Set(data.forum.areaIDs)
        for s in sessions {
            let record = "session \(s.id)"
            for (id, role) in [(s.pilot, CityRole.pilot), (s.peer, .peer)] {
                if let problem = rules.problem(city: id, role: allowUnpaired ? nil : role) {
                    throw ImportError(file: file, record: record, problem: problem)
                }
            }
            for c in s.cities {
                if let problem = rules.problem(city: c, role: nil) { throw ImportError(file: file, record: record, problem: problem) }
            }
            if !allowUnpaired && !paired.contains(s.pair) {
                throw ImportError(file: file, record: record, problem: .notPaired(pilot: s.pilot, peer: s.peer))
            }
            if let a = s.area, !areas.contains(a) {
                throw ImportError(file: file, record: record, problem: .unknownArea(a, known: data.forum.areaIDs))
            }
            if !Validation.isValidID(s.id) { throw ImportError(file: file, record: record, problem: .badID(s.id)) }
        }
    }
}

/// The ids seen so far in sessions.json, by position in the sessions read:
/// open addressing over an FNV-1a hash of the id's bytes, the hash kept with
/// the position so ids are compared only when their hashes are equal. A
/// Swift dictionary of 100,000 string keys took a fifth of a load.
private struct IDTable {
    /// Per slot: the id's hash in the high 32 bits, position + 1 in the low 32 (0: empty).
    private var slots: [UInt64]
    private var count = 0

    init(capacity: Int) {
        var size = 64
        while size < 2 * max(capacity, 1) { size <<= 1 }
        slots = Array(repeating: 0, count: size)
    }

    private static func hash(_ id: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return (h ^ (h >> 32)) & 0xFFFF_FFFF
    }

    /// Records `id` as the session at `index`; returns the index of an
    /// earlier session with the same id instead, if there is one.
    mutating func insert(_ id: String, at index: Int, existing: (Int) -> String) -> Int? {
        if 2 * (count + 1) > slots.count { grow() }
        let h = Self.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h &* 0x9E37_79B9) & mask
        while slots[slot] != 0 {
            let other = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
            if slots[slot] >> 32 == h && existing(other) == id { return other }
            slot = (slot + 1) & mask
        }
        slots[slot] = h << 32 | UInt64(index + 1)
        count += 1
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(truncatingIfNeeded: (entry >> 32) &* 0x9E37_79B9) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
