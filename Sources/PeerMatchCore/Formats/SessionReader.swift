/// A session row read from CSV; `id` is nil when the file has none.
public struct SessionRow: Sendable {
    public var session: Session
    public var hasID: Bool
    public var line: Int

    public init(session: Session, hasID: Bool, line: Int) {
        self.session = session
        self.hasID = hasID
        self.line = line
    }
}

/// Reads a session log CSV (FORMATS.md "Session CSV"), checked against the
/// forum: cities exist with the right roles and, unless `allowUnpaired`, have
/// a pairing (active or ended). All or nothing.
///
/// Beyond the fixed columns it reads `id`, `follow-up-due` and
/// `follow-up-done`, which `export sessions` writes, so export and import
/// round-trip.
public enum SessionReader {
    public static let columns = ["date", "pilot", "peer", "format", "area", "attendees", "rating", "outcome", "follow-up",
                                 "id", "follow-up-due", "follow-up-done"]
    public static let requiredColumns = ["date", "pilot", "peer", "format"]

    /// `progress(done, total)` is called every 1,000 rows.
    public static func parse(_ bytes: [UInt8], file: String, data: ForumData, allowUnpaired: Bool, progress: ((Int, Int) -> Void)? = nil) throws -> [SessionRow] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredColumns, known: columns)
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

        func city(_ row: CSVRecord, _ column: CSVTable.Column, _ role: CityRole) throws -> String {
            let id = table.value(row, column)
            if let problem = rules.problem(city: id, role: role) { throw table.error(row, column, problem) }
            return id
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
            out.append(SessionRow(
                session: Session(
                    id: id, date: date, pilot: pilot, peer: peer, format: format,
                    area: areaText.isEmpty ? nil : areaText, attendees: attendees, rating: rating,
                    outcome: table.raw(row, outcomeColumn), followUp: table.raw(row, followUpColumn),
                    followUpDue: due, followUpDone: done),
                hasID: !id.isEmpty, line: row.line))
        }
        return out
    }

    /// Checks sessions read from JSON against the forum, as CSV rows are checked.
    public static func check(_ sessions: [Session], file: String, data: ForumData, allowUnpaired: Bool) throws {
        let rules = ReferenceRules(data: data)
        let paired = Set(data.pairings.map(\.key))
        let areas = Set(data.forum.areaIDs)
        for s in sessions {
            let record = "session \(s.id)"
            for (id, role) in [(s.pilot, CityRole.pilot), (s.peer, .peer)] {
                if let problem = rules.problem(city: id, role: role) { throw ImportError(file: file, record: record, problem: problem) }
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

/// "Does this id name a city of this role?", the same answer for every importer.
struct ReferenceRules {
    let data: ForumData
    let index: [String: Int]

    init(data: ForumData) {
        self.data = data
        index = data.cityIndex()
    }

    func problem(city id: String, role: CityRole) -> ImportError.Problem? {
        if id.isEmpty { return .required }
        guard let k = index[id] else {
            return .unknownCity(id, suggestions: Suggestions.closest(to: id, in: data.cities.lazy.map(\.id)))
        }
        let actual = data.cities[k].role
        return actual == role ? nil : .wrongRole(id, expected: role, actual: actual)
    }
}
