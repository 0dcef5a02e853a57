/// Writes cities, sessions and pairings as CSV or JSON, in exactly the shapes
/// the importers read: import(export(x)) gives x back, and exporting twice
/// gives identical bytes.
public enum Exporter {
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public static func cities(_ cities: [City], format: Format) -> [UInt8] {
        switch format {
        case .json: return ForumFileCodec.encodeCities(cities)
        case .csv:
            let extras = Set(cities.flatMap(\.extra.keys)).sorted()
            var w = CSVWriter(reserve: cities.count * 120)
            w.row(RosterReader.columns + extras)
            for c in cities {
                w.row([
                    c.id, c.name, c.country, c.region, c.role.rawValue, c.capacity.map(String.init) ?? "",
                    c.languages.joined(separator: ";"), c.networks.joined(separator: ";"),
                    c.interests.map { "\($0.area):\($0.level)" }.joined(separator: ";"),
                ] + extras.map { c.extra[$0] ?? "" })
            }
            return w.bytes
        }
    }

    public static func sessions(_ sessions: [Session], format: Format) -> [UInt8] {
        switch format {
        case .json: return ForumFileCodec.encodeSessions(sessions)
        case .csv:
            var w = CSVWriter(reserve: sessions.count * 120)
            w.row(SessionReader.columns)
            for s in sessions {
                w.row([
                    s.date.description, s.pilot, s.peer, s.format.rawValue, s.area ?? "",
                    s.attendees.map(String.init) ?? "", s.rating.map(String.init) ?? "", s.outcome, s.followUp,
                    s.id, s.followUpDue?.description ?? "", s.followUpDone ? "yes" : "no",
                ])
            }
            return w.bytes
        }
    }

    public static func pairings(_ data: ForumData, format: Format) -> [UInt8] {
        switch format {
        case .json: return ForumFileCodec.encodePairings(data)
        case .csv:
            var w = CSVWriter()
            w.row(PairingReader.columns)
            for p in data.pairings {
                w.row([p.pilot, p.peer, p.status.rawValue, p.start.description, p.end?.description ?? "", p.cohort, p.note])
            }
            return w.bytes
        }
    }
}

/// Reading back what `Exporter` wrote as JSON.
public enum JSONImport {
    public static func cities(_ bytes: [UInt8], file: String, forum: Forum) throws -> [City] {
        try ForumFileCodec.decodeCities(bytes, file: file, knownAreas: Set(forum.areaIDs))
    }

    public static func sessions(_ bytes: [UInt8], file: String) throws -> [Session] {
        try ForumFileCodec.decodeSessions(bytes, file: file)
    }

    public static func pairings(_ bytes: [UInt8], file: String) throws -> [Pairing] {
        try ForumFileCodec.decodePairings(bytes, file: file).pairings
    }
}
