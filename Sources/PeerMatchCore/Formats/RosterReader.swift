/// Reads a city roster CSV (FORMATS.md "City roster CSV"), all or nothing:
/// the first bad cell stops it with its file, line, column and what was expected.
public enum RosterReader {
    public static let columns = ["id", "name", "country", "region", "role", "capacity", "languages", "networks", "interests"]
    public static let requiredColumns = ["id", "name", "country", "role"]

    /// Reads `file` from disk. O(bytes).
    /// `progress(done, total)` is called every 1,000 rows.
    public static func read(file: String, forum: Forum, progress: ((Int, Int) -> Void)? = nil) throws -> [City] {
        guard let bytes = try FileIO.read(file) else {
            throw StoreError.io(path: file, operation: "read", reason: "no such file")
        }
        return try parse(bytes, file: file, forum: forum, progress: progress)
    }

    public static func parse(_ bytes: [UInt8], file: String, forum: Forum, progress: ((Int, Int) -> Void)? = nil) throws -> [City] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredColumns, known: columns)
        let known = Set(forum.areaIDs)
        let knownList = forum.areaIDs
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(table.rows.count)
        var cities: [City] = []
        cities.reserveCapacity(table.rows.count)
        let extras = table.extraColumns
        for (n, row) in table.rows.enumerated() {
            if n % 1000 == 0 { progress?(n, table.rows.count) }
            let id = table.value(row, "id")
            guard Validation.isValidID(id) else {
                throw table.error(row, "id", id.isEmpty ? .required : .badID(id))
            }
            if let first = firstLine[id] { throw table.error(row, "id", .duplicateID(id, firstLine: first)) }
            firstLine[id] = row.line
            let name = table.value(row, "name")
            if name.isEmpty { throw table.error(row, "name", .required) }
            let country = table.value(row, "country")
            guard Validation.isValidCountry(country) else {
                throw table.error(row, "country", country.isEmpty ? .required : .badCountry(country))
            }
            let roleText = table.value(row, "role")
            guard let role = CityRole(rawValue: roleText) else {
                throw table.error(row, "role", roleText.isEmpty ? .required : .badRole(roleText))
            }
            let capText = table.value(row, "capacity")
            var capacity: Int?
            if !capText.isEmpty {
                guard let c = Validation.wholeNumber(capText) else { throw table.error(row, "capacity", .badCapacity(capText)) }
                capacity = c
            }
            let languages = table.value(row, "languages").semicolonList
            for l in languages where !Validation.isValidLanguage(l) { throw table.error(row, "languages", .badLanguage(l)) }
            var interests: [AreaLevel] = []
            for item in table.value(row, "interests").semicolonList {
                guard let colon = item.lastIndex(of: ":") else { throw table.error(row, "interests", .badInterest(item)) }
                let area = String(item[..<colon]).trimmingSpaces
                let levelText = String(item[item.index(after: colon)...]).trimmingSpaces
                guard known.contains(area) else { throw table.error(row, "interests", .unknownArea(area, known: knownList)) }
                guard let level = Int(levelText), Validation.levels.contains(level) else {
                    throw table.error(row, "interests", .badLevel(area: area, value: levelText))
                }
                if interests.contains(where: { $0.area == area }) { throw table.error(row, "interests", .repeatedArea(area)) }
                interests.append(AreaLevel(area: area, level: level))
            }
            var extra: [String: String] = [:]
            for x in extras {
                let v = table.raw(row, x)
                if !v.isEmpty { extra[x] = v }
            }
            cities.append(City(
                id: id, name: name, country: country, region: table.value(row, "region"), role: role,
                capacity: capacity, languages: languages, networks: table.value(row, "networks").semicolonList,
                interests: interests, extra: extra))
        }
        return cities
    }
}
