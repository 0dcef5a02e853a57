/// A city in every form it is stored or exchanged: `cities.json` and the
/// roster CSV (FORMATS.md "City roster CSV"), read and written side by side,
/// so a new field is one edit in this file.
public enum CityCodec {
    public static let csvColumns = ["id", "name", "country", "region", "role", "capacity", "languages", "networks", "interests"]
    public static let requiredCSVColumns = ["id", "name", "country", "role"]

    // MARK: JSON

    static func writeJSON(_ cities: [City]) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 64 + cities.count * 320, leadingCommas: true)
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

    /// Strict: unknown keys, wrong types and bad values are errors.
    static func readJSON(_ bytes: [UInt8], file: String, knownAreas: Set<String>) throws -> [City] {
        try JSONReader.read(bytes, file: file) { r in
            var cities: [City] = []
            cities.reserveCapacity(bytes.count / 280)
            var seen = Set<String>(minimumCapacity: bytes.count / 280)
            try r.readDataFile(known: "schemaVersion, cities") { r, key in
                switch key {
                case "cities":
                    try r.readArray { r in
                        let at = r.valueOffset()
                        let city = try readCity(&r, knownAreas: knownAreas)
                        if !seen.insert(city.id).inserted {
                            throw r.error(at: at, expected: "a unique city id (\(city.id) appears twice)")
                        }
                        cities.append(city)
                    }
                default: throw r.unknownKey(key, known: "schemaVersion, cities")
                }
            }
            return cities
        }
    }

    private static func readCity(_ r: inout JSONReader, knownAreas: Set<String>) throws -> City {
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
                throw r.unknownKey(key, known: "id, name, country, region, role, capacity, languages, networks, interests, extra")
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

    // MARK: CSV

    static func writeCSV(_ cities: [City]) -> [UInt8] {
        let extras = Set(cities.flatMap(\.extra.keys)).sorted()
        var w = CSVWriter(reserve: cities.count * 120)
        w.row(csvColumns + extras)
        for c in cities {
            w.row([
                c.id, c.name, c.country, c.region, c.role.rawValue, c.capacity.map(String.init) ?? "",
                c.languages.joined(separator: ";"), c.networks.joined(separator: ";"),
                c.interests.map { "\($0.area):\($0.level)" }.joined(separator: ";"),
            ] + extras.map { c.extra[$0] ?? "" })
        }
        return w.bytes
    }

    /// All or nothing: the first bad cell stops it with its file, line,
    /// column and what was expected. `progress(done, total)` is called every
    /// 1,000 rows. O(bytes).
    static func readCSV(_ bytes: [UInt8], file: String, forum: Forum, progress: ((Int, Int) -> Void)? = nil) throws -> [City] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredCSVColumns, known: csvColumns)
        let known = Set(forum.areaIDs)
        let knownList = forum.areaIDs
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(table.rows.count)
        var cities: [City] = []
        cities.reserveCapacity(table.rows.count)
        let extras = table.extraColumns
        let idColumn = table.column("id"), nameColumn = table.column("name"), countryColumn = table.column("country")
        let regionColumn = table.column("region"), roleColumn = table.column("role")
        let capacityColumn = table.column("capacity"), languagesColumn = table.column("languages")
        let networksColumn = table.column("networks"), interestsColumn = table.column("interests")
        for (n, row) in table.rows.enumerated() {
            if n % 1000 == 0 { progress?(n, table.rows.count) }
            let id = table.value(row, idColumn)
            guard Validation.isValidID(id) else {
                throw table.error(row, idColumn, id.isEmpty ? .required : .badID(id))
            }
            if let first = firstLine[id] { throw table.error(row, idColumn, .duplicateID(id, firstLine: first)) }
            firstLine[id] = row.line
            let name = table.value(row, nameColumn)
            if name.isEmpty { throw table.error(row, nameColumn, .required) }
            let country = table.value(row, countryColumn)
            guard Validation.isValidCountry(country) else {
                throw table.error(row, countryColumn, country.isEmpty ? .required : .badCountry(country))
            }
            let roleText = table.value(row, roleColumn)
            guard let role = CityRole(rawValue: roleText) else {
                throw table.error(row, roleColumn, roleText.isEmpty ? .required : .badRole(roleText))
            }
            let capText = table.value(row, capacityColumn)
            var capacity: Int?
            if !capText.isEmpty {
                guard let c = Validation.wholeNumber(capText) else { throw table.error(row, capacityColumn, .badCapacity(capText)) }
                capacity = c
            }
            let languages = table.value(row, languagesColumn).semicolonList
            for l in languages where !Validation.isValidLanguage(l) { throw table.error(row, languagesColumn, .badLanguage(l)) }
            var interests: [AreaLevel] = []
            for item in table.value(row, interestsColumn).semicolonList {
                guard let colon = item.utf8.lastIndex(of: UInt8(ascii: ":")) else {
                    throw table.error(row, interestsColumn, .badInterest(item))
                }
                let area = item.utf8[..<colon].trimmedOfSpaces.map { String(decoding: $0, as: UTF8.self) } ?? ""
                let levelText = item.utf8[item.utf8.index(after: colon)...].trimmedOfSpaces
                    .map { String(decoding: $0, as: UTF8.self) } ?? ""
                guard known.contains(area) else { throw table.error(row, interestsColumn, .unknownArea(area, known: knownList)) }
                guard let level = Int(levelText), Validation.levels.contains(level) else {
                    throw table.error(row, interestsColumn, .badLevel(area: area, value: levelText))
                }
                if interests.contains(where: { $0.area == area }) { throw table.error(row, interestsColumn, .repeatedArea(area)) }
                interests.append(AreaLevel(area: area, level: level))
            }
            var extra: [String: String] = [:]
            for x in extras {
                let v = table.raw(row, x)
                if !v.isEmpty { extra[x] = v }
            }
            cities.append(City(
                id: id, name: name, country: country, region: table.value(row, regionColumn), role: role,
                capacity: capacity, languages: languages, networks: table.value(row, networksColumn).semicolonList,
                interests: interests, extra: extra))
        }
        return cities
    }
}
