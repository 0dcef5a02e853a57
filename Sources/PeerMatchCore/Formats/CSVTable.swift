/// A parsed CSV file with a header: columns by name, rows with their lines.
/// Checks the header against the columns a format knows.
struct CSVTable {
    let file: String
    let header: [String]
    let rows: [CSVRecord]
    /// Column name → index.
    let index: [String: Int]

    /// Parses and checks the header: every `required` column present, nothing
    /// outside `known` except `x-` columns, no column twice, every row as wide
    /// as the header.
    init(bytes: [UInt8], file: String, required: [String], known: [String]) throws {
        self.file = file
        let records: [CSVRecord]
        do {
            records = try CSVReader.parse(bytes, file: file)
        } catch var error as CSVError {
            // Name the column too, when the header could be read.
            if error.location.line > 1, let column = error.location.column,
               let newline = bytes.firstIndex(of: 0x0A),
               let head = try? CSVReader.parse(Array(bytes[..<newline]), file: file).first,
               column <= head.fields.count {
                error.columnName = head.fields[column - 1].trimmingSpaces
            }
            throw error
        }
        guard let head = records.first else { throw ImportError(file: file, line: 1, problem: .emptyFile) }
        header = head.fields.map { $0.trimmingSpaces }
        var index: [String: Int] = [:]
        let knownSet = Set(known)
        for (k, name) in header.enumerated() {
            if let first = index[name] {
                throw ImportError(file: file, line: head.line, column: k + 1, columnName: name,
                                  problem: .duplicateColumn(name, firstColumn: first + 1))
            }
            if !knownSet.contains(name) && !name.hasPrefix("x-") {
                throw ImportError(file: file, line: head.line, column: k + 1, columnName: name, problem: .unknownColumn(name))
            }
            index[name] = k
        }
        for name in required where index[name] == nil {
            throw ImportError(file: file, line: head.line, problem: .missingColumn(name))
        }
        self.index = index
        rows = Array(records.dropFirst())
        for r in rows where r.fields.count != header.count {
            throw ImportError(file: file, line: r.line, problem: .fieldCount(expected: header.count, found: r.fields.count))
        }
    }

    /// A column looked up once, so a loop over many rows hashes no names.
    struct Column {
        let name: String
        let index: Int?
    }

    func column(_ name: String) -> Column { Column(name: name, index: index[name]) }

    /// A cell, trimmed of surrounding spaces; "" when the column is absent.
    /// A formula guard that an export added (`'=…`) is removed.
    func value(_ row: CSVRecord, _ column: Column) -> String {
        guard let k = column.index else { return "" }
        return CSVFormulaGuard.unguarded(row.fields[k].trimmingSpaces)
    }

    func value(_ row: CSVRecord, _ column: String) -> String { value(row, self.column(column)) }

    /// A cell exactly as written (free text keeps its spaces and line
    /// breaks), less an export's formula guard.
    func raw(_ row: CSVRecord, _ column: Column) -> String {
        guard let k = column.index else { return "" }
        return CSVFormulaGuard.unguarded(row.fields[k])
    }

    func raw(_ row: CSVRecord, _ column: String) -> String { raw(row, self.column(column)) }

    func error(_ row: CSVRecord, _ column: Column, _ problem: ImportError.Problem) -> ImportError {
        let k = column.index
        return ImportError(file: file, line: k.map { row.fieldLines[$0] } ?? row.line,
                           column: k.map { $0 + 1 }, columnName: column.name, problem: problem)
    }

    func error(_ row: CSVRecord, _ column: String, _ problem: ImportError.Problem) -> ImportError {
        error(row, self.column(column), problem)
    }

    var extraColumns: [String] { header.filter { $0.hasPrefix("x-") } }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    public var trimmingSpaces: String {
        guard let trimmed = self[...].utf8.trimmedOfSpaces else { return "" }
        // Most cells have nothing to trim: no copy then.
        return trimmed.count == utf8.count ? self : String(Substring(trimmed))
    }

    /// Non-empty, trimmed parts between `;`. Works on UTF-8 bytes: `;`, space
    /// and tab are ASCII, so they never occur inside a multi-byte character,
    /// and this avoids grapheme breaking on every cell of a large roster.
    var semicolonList: [String] {
        var parts: [String] = []
        let u = utf8
        var start = u.startIndex
        while start < u.endIndex {
            let end = u[start...].firstIndex(of: UInt8(ascii: ";")) ?? u.endIndex
            if let part = u[start..<end].trimmedOfSpaces { parts.append(String(decoding: part, as: UTF8.self)) }
            start = end == u.endIndex ? end : u.index(after: end)
        }
        return parts
    }
}

extension Substring.UTF8View {
    /// Without leading and trailing spaces and tabs; nil when nothing is left.
    var trimmedOfSpaces: Substring.UTF8View? {
        guard let first = firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        let last = lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        return self[first...last]
    }
}
