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

    /// A roster matched on its own: default forum settings, no pairings, pins or exclusions.
    public static func readForum(file: String) throws -> ForumData {
        let forum = Forum(name: "roster")
        return ForumData(forum: forum, cities: try read(file: file, forum: forum))
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
