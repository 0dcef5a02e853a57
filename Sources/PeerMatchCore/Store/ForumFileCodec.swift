/// JSON for each data file: stable key order, records in canonical order,
/// two-space indent with one field a line, so a changed record changes a
/// few lines of a diff and different records merge in git without conflict.
enum ForumFileCodec {
    // MARK: Encoding

    static func encode(_ data: ForumData, _ file: DataFile) -> [UInt8] {
        switch file {
        case .forum: encodeForum(data.forum)
        case .cities: encodeCities(data.cities)
        case .pairings: encodePairings(data)
        case .sessions: encodeSessions(data.sessions)
        }
    }

    static func encodeForum(_ f: Forum) -> [UInt8] {
        var w = JSONWriter(indent: 2)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.field("name", f.name)
        w.key("settings")
        w.beginObject()
        w.field("languageBonus", f.languageBonus)
        w.field("regionBonus", f.regionBonus)
        w.field("staleAfterDays", f.staleAfterDays)
        w.key("areaWeights")
        w.beginObject()
        for (area, weight) in f.areaWeights.sorted(by: { $0.key < $1.key }) { w.field(area, weight) }
        w.endObject()
        w.endObject()
        w.key("areas")
        w.beginArray()
        for a in f.areas {
            w.inline { w in
                w.beginObject()
                w.field("id", a.id)
                w.field("label", a.label)
                w.field("summary", a.summary)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    static func encodeCities(_ cities: [City]) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 64 + cities.count * 320)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.key("cities")
        w.beginArray()
        for c in cities {
            w.beginObject()
            w.field("id", c.id)
            w.field("name", c.name)
            w.field("country", c.country)
            w.field("region", c.region)
            w.field("role", c.role.rawValue)
            w.key("capacity")
            if let cap = c.capacity { w.int(cap) } else { w.null() }
            w.field("languages", strings: c.languages)
            w.field("networks", strings: c.networks)
            w.key("interests")
            w.inline { w in
                w.beginObject()
                for i in c.interests { w.field(i.area, i.level) }
                w.endObject()
            }
            if !c.extra.isEmpty {
                w.key("extra")
                w.inline { w in
                    w.beginObject()
                    for (k, v) in c.extra.sorted(by: { $0.key < $1.key }) { w.field(k, v) }
                    w.endObject()
                }
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    static func encodePairings(_ data: ForumData) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 256 + data.pairings.count * 200)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.key("pairings")
        w.beginArray()
        for p in data.pairings {
            w.beginObject()
            w.field("pilot", p.pilot)
            w.field("peer", p.peer)
            w.field("status", p.status.rawValue)
            w.field("start", p.start.description)
            w.key("end")
            if let e = p.end { w.string(e.description) } else { w.null() }
            w.field("cohort", p.cohort)
            w.field("note", p.note)
            w.endObject()
        }
        w.endArray()
        for (name, keys) in [("pins", data.pins), ("exclusions", data.exclusions)] {
            w.key(name)
            w.beginArray()
            for k in keys {
                w.inline { w in
                    w.beginObject()
                    w.field("pilot", k.pilot)
                    w.field("peer", k.peer)
                    w.endObject()
                }
            }
            w.endArray()
        }
        w.endObject()
        w.finish()
        return w.bytes
    }

    static func encodeSessions(_ sessions: [Session]) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 64 + sessions.count * 260)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.key("sessions")
        w.beginArray()
        // One session a line: the log is large and grows at the end; a changed
        // session is still a one-line diff.
        for s in sessions {
            w.inline { w in
                w.beginObject()
                w.field("id", s.id)
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
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    // MARK: Decoding (strict: unknown keys, wrong types and bad values are errors)

    static func decodeForum(_ bytes: [UInt8], file: String) throws -> Forum {
        try JSONReader.read(bytes, file: file) { r in
            var forum = Forum(name: "", areas: [])
            var sawAreas = false
            try r.readObject { r, key in
                switch key {
                case "schemaVersion": try readVersion(&r)
                case "name": forum.name = try r.readString()
                case "settings":
                    try r.readObject { r, key in
                        switch key {
                        case "languageBonus": forum.languageBonus = try readWeight(&r)
                        case "regionBonus": forum.regionBonus = try readWeight(&r)
                        case "staleAfterDays":
                            let at = r.valueOffset()
                            forum.staleAfterDays = try r.readInt()
                            if forum.staleAfterDays < 1 { throw r.error(at: at, expected: "a number of days >= 1") }
                        case "areaWeights":
                            try r.readObject { r, area in forum.areaWeights[area] = try readWeight(&r) }
                        default: throw unknownKey(r, key, "languageBonus, regionBonus, staleAfterDays, areaWeights")
                        }
                    }
                case "areas":
                    sawAreas = true
                    var seen = Set<String>()
                    try r.readArray { r in
                        let at = r.valueOffset()
                        var area = InterestArea(id: "", label: "", summary: "")
                        try r.readObject { r, key in
                            switch key {
                            case "id": area.id = try r.readString()
                            case "label": area.label = try r.readString()
                            case "summary": area.summary = try r.readString()
                            default: throw unknownKey(r, key, "id, label, summary")
                            }
                        }
                        guard Validation.isValidID(area.id) else {
                            throw r.error(at: at, expected: "an area with an id like water-resilience")
                        }
                        guard seen.insert(area.id).inserted else {
                            throw r.error(at: at, expected: "each area id once (\(area.id) repeats)")
                        }
                        if area.label.isEmpty { area.label = area.id }
                        forum.areas.append(area)
                    }
                    if forum.areas.count > PairScorer.maxAreas {
                        throw r.error(expected: "at most \(PairScorer.maxAreas) interest areas")
                    }
                default: throw unknownKey(r, key, "schemaVersion, name, settings, areas")
                }
            }
            if !sawAreas { forum.areas = InterestArea.defaultTaxonomy }
            return forum
        }
    }

    static func decodeCities(_ bytes: [UInt8], file: String, knownAreas: Set<String>) throws -> [City] {
        try JSONReader.read(bytes, file: file) { r in
            var cities: [City] = []
            cities.reserveCapacity(bytes.count / 280)
            var seen = Set<String>(minimumCapacity: bytes.count / 280)
            try r.readObject { r, key in
                switch key {
                case "schemaVersion": try readVersion(&r)
                case "cities":
                    try r.readArray { r in
                        let at = r.valueOffset()
                        let city = try decodeCity(&r, knownAreas: knownAreas)
                        if !seen.insert(city.id).inserted {
                            throw r.error(at: at, expected: "a unique city id (\(city.id) appears twice)")
                        }
                        cities.append(city)
                    }
                default: throw unknownKey(r, key, "schemaVersion, cities")
                }
            }
            return cities
        }
    }

    private static func decodeCity(_ r: inout JSONReader, knownAreas: Set<String>) throws -> City {
        let start = r.valueOffset()
        var id: String?, name: String?, country: String?, role: CityRole?
        var city = City(id: "", name: "", country: "", role: .peer)
        var offsets: [String: Int] = [:]
        try r.readObject { r, key in
            offsets[key] = r.valueOffset()
            switch key {
            case "id": id = try r.readString()
            case "name": name = try r.readString()
            case "country": country = try r.readString()
            case "region": city.region = try r.readString()
            case "role":
                let at = r.valueOffset()
                guard let v = CityRole(rawValue: try r.readString()) else {
                    throw r.error(at: at, expected: "role pilot, peer or member")
                }
                role = v
            case "capacity":
                let at = r.valueOffset()
                city.capacity = try r.readOptional { try $0.readInt() }
                if let c = city.capacity, c < 0 { throw r.error(at: at, expected: "a capacity >= 0") }
            case "languages": city.languages = try r.readStringArray()
            case "networks": city.networks = try r.readStringArray()
            case "interests":
                try r.readObject { r, area in
                    city.interests.append(AreaLevel(area: area, level: try r.readInt()))
                }
            case "extra":
                try r.readObject { r, k in city.extra[k] = try r.readString() }
            default:
                throw unknownKey(r, key, "id, name, country, region, role, capacity, languages, networks, interests, extra")
            }
        }
        guard let id, let name, let country, let role else {
            let missing = [("id", id == nil), ("name", name == nil), ("country", country == nil), ("role", role == nil)]
                .filter(\.1).map(\.0).joined(separator: ", ")
            throw r.error(at: start, expected: "a city with \(missing)")
        }
        city.id = id
        city.name = name
        city.country = country
        city.role = role
        if let problem = Validation.problem(in: city, knownAreas: knownAreas) {
            throw r.error(at: offsets[problem.field] ?? start, expected: "\(problem.expected), got \"\(problem.value)\"")
        }
        return city
    }

    static func decodePairings(_ bytes: [UInt8], file: String) throws -> (pairings: [Pairing], pins: [PairKey], exclusions: [PairKey]) {
        try JSONReader.read(bytes, file: file) { r in
            var pairings: [Pairing] = []
            var pins: [PairKey] = []
            var exclusions: [PairKey] = []
            try r.readObject { r, key in
                switch key {
                case "schemaVersion": try readVersion(&r)
                case "pairings":
                    try r.readArray { r in
                        let at = r.valueOffset()
                        var pilot: String?, peer: String?, start: Day?
                        var p = Pairing(pilot: "", peer: "", start: Day(daysSinceEpoch: 0))
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
                            case "start": start = try readDay(&r)
                            case "end": p.end = try r.readOptional { try readDay(&$0) }
                            case "cohort": p.cohort = try r.readString()
                            case "note": p.note = try r.readString()
                            default: throw unknownKey(r, key, "pilot, peer, status, start, end, cohort, note")
                            }
                        }
                        guard let pilot, let peer, let start else {
                            throw r.error(at: at, expected: "a pairing with pilot, peer and start")
                        }
                        p.pilot = pilot
                        p.peer = peer
                        p.start = start
                        pairings.append(p)
                    }
                case "pins": pins = try decodeKeys(&r)
                case "exclusions": exclusions = try decodeKeys(&r)
                default: throw unknownKey(r, key, "schemaVersion, pairings, pins, exclusions")
                }
            }
            return (pairings, pins, exclusions)
        }
    }

    private static func decodeKeys(_ r: inout JSONReader) throws -> [PairKey] {
        var keys: [PairKey] = []
        try r.readArray { r in
            let at = r.valueOffset()
            var pilot: String?, peer: String?
            try r.readObject { r, key in
                switch key {
                case "pilot": pilot = try r.readString()
                case "peer": peer = try r.readString()
                default: throw unknownKey(r, key, "pilot, peer")
                }
            }
            guard let pilot, let peer else { throw r.error(at: at, expected: "a pair with pilot and peer") }
            keys.append(PairKey(pilot: pilot, peer: peer))
        }
        return keys
    }

    static func decodeSessions(_ bytes: [UInt8], file: String) throws -> [Session] {
        try JSONReader.read(bytes, file: file) { r in
            var sessions: [Session] = []
            // About 200 bytes a session on disk: reserve once instead of doubling.
            sessions.reserveCapacity(bytes.count / 200)
            let epoch = Day(daysSinceEpoch: 0)
            try r.readObject { r, key in
                switch key {
                case "schemaVersion": try readVersion(&r)
                case "sessions":
                    try r.readArray { r in
                        let at = r.valueOffset()
                        var s = Session(id: "", date: epoch, pilot: "", peer: "", format: .webinar)
                        var seen = 0
                        try r.readObject { r, key in
                            switch key {
                            case "id": s.id = try r.readString(); seen |= 1
                            case "date": s.date = try readDay(&r); seen |= 2
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
                            case "followUpDue": s.followUpDue = try r.readOptional { try readDay(&$0) }
                            case "followUpDone": s.followUpDone = try r.readBool()
                            default:
                                throw unknownKey(r, key, "id, date, pilot, peer, format, area, attendees, rating, outcome, followUp, followUpDue, followUpDone")
                            }
                        }
                        guard seen == 31 else {
                            throw r.error(at: at, expected: "a session with id, date, pilot, peer and format")
                        }
                        sessions.append(s)
                    }
                default: throw unknownKey(r, key, "schemaVersion, sessions")
                }
            }
            return sessions
        }
    }

    // MARK: Helpers

    private static func readVersion(_ r: inout JSONReader) throws {
        let at = r.valueOffset()
        let v = try r.readInt()
        if v > DataFile.schemaVersion {
            throw r.error(at: at, expected: "schemaVersion \(DataFile.schemaVersion) or lower (this file was written by a newer PeerMatch; upgrade to read it)")
        }
        if v < 1 { throw r.error(at: at, expected: "schemaVersion >= 1") }
    }

    private static func readWeight(_ r: inout JSONReader) throws -> Double {
        let at = r.valueOffset()
        let v = try r.readDouble()
        guard Validation.isValidWeight(v) else { throw r.error(at: at, expected: "a finite number >= 0 (at most 1000000)") }
        return v
    }

    private static func readDay(_ r: inout JSONReader) throws -> Day {
        let at = r.valueOffset()
        guard let d = Day(try r.readString()) else { throw r.error(at: at, expected: "a date YYYY-MM-DD") }
        return d
    }

    private static func unknownKey(_ r: JSONReader, _ key: String, _ known: String) -> JSONFileError {
        var e = r.error(expected: "one of the keys \(known)")
        e.found = "unknown key '\(key)'"
        return e
    }
}
