/// Pairings, pins and exclusions in every form they are stored or exchanged:
/// `pairings.json` (all three lists) and the pairings CSV (what `export
/// pairings --format csv` writes), read and written side by side, so a new
/// field is one edit in this file.
public enum PairingCodec {
    public static let csvColumns = ["pilot", "peer", "status", "start", "end", "cohort", "note"]
    public static let requiredCSVColumns = ["pilot", "peer", "start"]

    /// What `pairings.json` (and `export pairings --format json`) holds.
    public struct Links: Hashable, Sendable {
        public var pairings: [Pairing] = []
        public var pins: [PairKey] = []
        public var exclusions: [PairKey] = []
        public var exclusionNotes: [PairKey: String] = [:]
    }

    // MARK: JSON

    /// The fields every JSON form of a pairing starts with (pairings.json,
    /// `pairings list --format json`), in their fixed order.
    static func writeCoreFields(_ p: Pairing, into w: inout JSONWriter) {
        w.field("pilot", p.pilot)
        w.field("peer", p.peer)
        w.field("status", p.status.rawValue)
        w.field("start", p.start.description)
        w.key("end")
        if let e = p.end { w.string(e.description) } else { w.null() }
        w.field("cohort", p.cohort)
        w.field("note", p.note)
    }

    static func writeJSON(_ data: ForumData) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 256 + data.pairings.count * 200, leadingCommas: true)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.key("pairings")
        w.beginArray()
        for p in data.pairings {
            w.beginObject()
            writeCoreFields(p, into: &w)
            // Fit check and goal: absent until recorded, so older files read and write as before.
            if let fit = p.fit {
                w.field("fit", fit.verdict.rawValue)
                w.field("fitReason", fit.reason)
                w.field("fitDate", fit.date.description)
            }
            if p.fitFlagCleared { w.field("fitFlagCleared", true) }
            if let goal = p.goal {
                w.field("goal", goal.text)
                w.key("milestones")
                w.beginArray()
                for m in goal.milestones {
                    w.inline { w in
                        w.beginObject()
                        w.field("id", m.id)
                        w.field("text", m.text)
                        w.endObject()
                    }
                }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
        for (name, keys) in [("pins", data.pins), ("exclusions", data.exclusions)] {
            w.key(name)
            w.beginArray()
            for k in keys {
                w.beginObject()
                w.field("pilot", k.pilot)
                w.field("peer", k.peer)
                // Only exclusions have notes, and only when given: old files stay as they were.
                if name == "exclusions", let note = data.exclusionNotes[k] { w.field("note", note) }
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        w.finish()
        return w.bytes
    }

    /// Strict: unknown keys, wrong types and bad values are errors.
    static func readJSON(_ bytes: [UInt8], file: String) throws -> Links {
        try JSONReader.read(bytes, file: file) { r in
            var links = Links()
            try r.readDataFile(known: "schemaVersion, pairings, pins, exclusions") { r, key in
                switch key {
                case "pairings": try r.readArray { r in links.pairings.append(try readPairing(&r)) }
                case "pins": links.pins = try readKeys(&r, allowNote: false).map(\.key)
                case "exclusions":
                    let list = try readKeys(&r, allowNote: true)
                    links.exclusions = list.map(\.key)
                    for (k, note) in list where !note.isEmpty { links.exclusionNotes[k] = note }
                default: throw r.unknownKey(key, known: "schemaVersion, pairings, pins, exclusions")
                }
            }
            return links
        }
    }

    private static func readPairing(_ r: inout JSONReader) throws -> Pairing {
        let at = r.valueOffset()
        var pilot: String?, peer: String?, start: Day?
        var p = Pairing(pilot: "", peer: "", start: Day(daysSinceEpoch: 0))
        var verdict: FitVerdict?, fitReason: String?, fitDate: Day?
        var goal: String?, milestones: [LearningGoal.Milestone]?
        try r.readObject { r, key in
            switch key {
            case "pilot": pilot = try r.readString()
            case "peer": peer = try r.readString()
            case "status":
                let at = r.valueOffset()
                guard let s = PairingStatus(rawValue: try r.readString()) else {
                    throw r.error(at: at, expected: "status active or ended")
                }
                p.status = s
            case "start": start = try r.readDay()
            case "end": p.end = try r.readOptional { try $0.readDay() }
            case "cohort": p.cohort = try r.readString()
            case "note": p.note = try r.readString()
            case "fit":
                let at = r.valueOffset()
                guard let v = FitVerdict(rawValue: try r.readString()) else { throw r.error(at: at, expected: "fit good or poor") }
                verdict = v
            case "fitReason": fitReason = try r.readString()
            case "fitDate": fitDate = try r.readDay()
            case "fitFlagCleared": p.fitFlagCleared = try r.readBool()
            case "goal": goal = try r.readString()
            case "milestones": milestones = try readMilestones(&r)
            default:
                throw r.unknownKey(key, known: "pilot, peer, status, start, end, cohort, note, fit, fitReason, fitDate, fitFlagCleared, goal, milestones")
            }
        }
        if verdict != nil || fitReason != nil || fitDate != nil {
            guard let verdict, let fitDate else { throw r.error(at: at, expected: "a fit check with fit and fitDate") }
            p.fit = FitCheck(verdict: verdict, reason: fitReason ?? "", date: fitDate)
        }
        if goal != nil || milestones != nil {
            guard let goal else { throw r.error(at: at, expected: "milestones only with a goal") }
            p.goal = LearningGoal(text: goal, milestones: milestones ?? [])
        }
        guard let pilot, let peer, let start else {
            throw r.error(at: at, expected: "a pairing with pilot, peer and start")
        }
        p.pilot = pilot
        p.peer = peer
        p.start = start
        return p
    }

    /// A goal's milestones: `{"id", "text"}` each, ids unique.
    private static func readMilestones(_ r: inout JSONReader) throws -> [LearningGoal.Milestone] {
        var out: [LearningGoal.Milestone] = []
        try r.readArray { r in
            let at = r.valueOffset()
            var id: String?, text: String?
            try r.readObject { r, key in
                switch key {
                case "id": id = try r.readString()
                case "text": text = try r.readString()
                default: throw r.unknownKey(key, known: "id, text")
                }
            }
            guard let id, let text, !out.contains(where: { $0.id == id }) else {
                throw r.error(at: at, expected: "a milestone with a unique id and a text")
            }
            out.append(LearningGoal.Milestone(id: id, text: text))
        }
        return out
    }

    /// Pins or exclusions: `{"pilot", "peer"}` each; an exclusion may have a `note`.
    private static func readKeys(_ r: inout JSONReader, allowNote: Bool) throws -> [(key: PairKey, note: String)] {
        var keys: [(key: PairKey, note: String)] = []
        try r.readArray { r in
            let at = r.valueOffset()
            var pilot: String?, peer: String?, note: String?
            try r.readObject { r, key in
                switch key {
                case "pilot": pilot = try r.readString()
                case "peer": peer = try r.readString()
                case "note" where allowNote: note = try r.readString()
                default: throw r.unknownKey(key, known: allowNote ? "pilot, peer, note" : "pilot, peer")
                }
            }
            guard let pilot, let peer else { throw r.error(at: at, expected: "a pair with pilot and peer") }
            keys.append((PairKey(pilot: pilot, peer: peer), note ?? ""))
        }
        return keys
    }

    // MARK: CSV

    static func writeCSV(_ pairings: [Pairing], guardsFormulas: Bool = true) -> [UInt8] {
        var w = CSVWriter(guardsFormulas: guardsFormulas)
        w.row(csvColumns)
        for p in pairings {
            w.row([p.pilot, p.peer, p.status.rawValue, p.start.description, p.end?.description ?? "", p.cohort, p.note])
        }
        return w.bytes
    }

    /// All or nothing; cities checked against the forum.
    static func readCSV(_ bytes: [UInt8], file: String, data: ForumData) throws -> [Pairing] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredCSVColumns, known: csvColumns)
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

    // MARK: References

    /// Checks pairings read from JSON against the forum, as CSV rows are checked.
    static func check(_ pairings: [Pairing], file: String, data: ForumData) throws {
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
