/// Reads a pairings CSV (what `export pairings --format csv` writes):
/// pilot, peer, status, start, end, cohort, note. All or nothing.
public enum PairingReader {
    public static let columns = ["pilot", "peer", "status", "start", "end", "cohort", "note"]
    public static let requiredColumns = ["pilot", "peer", "start"]

    public static func parse(_ bytes: [UInt8], file: String, data: ForumData) throws -> [Pairing] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredColumns, known: columns)
        let rules = ReferenceRules(data: data)
        var firstLine: [Pairing.Identity: Int] = [:]
        var out: [Pairing] = []
        for row in table.rows {
            var ids: [String] = []
            for (column, role) in [("pilot", CityRole.pilot), ("peer", .peer)] {
                let id = table.value(row, column)
                if let problem = rules.problem(city: id, role: role) { throw table.error(row, column, problem) }
                ids.append(id)
            }
            let statusText = table.value(row, "status")
            guard let status = statusText.isEmpty ? .active : PairingStatus(rawValue: statusText) else {
                throw table.error(row, "status", .badStatus(statusText))
            }
            let startText = table.value(row, "start")
            guard let start = Day(startText) else {
                throw table.error(row, "start", startText.isEmpty ? .required : .badDate(startText))
            }
            let endText = table.value(row, "end")
            var end: Day?
            if !endText.isEmpty {
                guard let e = Day(endText) else { throw table.error(row, "end", .badDate(endText)) }
                end = e
            }
            let key = Pairing.Identity(key: PairKey(pilot: ids[0], peer: ids[1]), start: start)
            if let first = firstLine[key] {
                throw table.error(row, "start", .duplicateRecord("\(ids[0])–\(ids[1]) from \(start)", firstLine: first))
            }
            firstLine[key] = row.line
            out.append(Pairing(pilot: ids[0], peer: ids[1], status: status, start: start, end: end,
                               cohort: table.raw(row, "cohort"), note: table.raw(row, "note")))
        }
        return out
    }

    /// Checks pairings read from JSON against the forum, as CSV rows are checked.
    public static func check(_ pairings: [Pairing], file: String, data: ForumData) throws {
        let rules = ReferenceRules(data: data)
        for p in pairings {
            for (id, role) in [(p.pilot, CityRole.pilot), (p.peer, .peer)] {
                if let problem = rules.problem(city: id, role: role) {
                    throw ImportError(file: file, record: "pairing \(p.key)", problem: problem)
                }
            }
        }
    }
}
