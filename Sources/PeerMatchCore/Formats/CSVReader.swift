/// One parsed CSV record and where each field starts.
public struct CSVRecord: Sendable {
    public var fields: [String]
    /// Line (1-based) where each field starts; differs from `line` only after
    /// a quoted field that spans lines.
    public var fieldLines: [Int]
    /// Line where the record starts.
    public var line: Int { fieldLines.first ?? 0 }
}

/// RFC 4180 CSV: a UTF-8 byte-order mark is skipped, `\n` and `\r\n` end
/// records, quoted fields may hold commas, doubled quotes and line breaks.
/// Entirely empty lines are skipped. Text must be UTF-8 without NUL: a
/// spreadsheet's Latin-1 or UTF-16 "CSV" is refused where it first goes
/// wrong, never read with U+FFFD. O(bytes).
public enum CSVReader {
    public static func parse(_ data: [UInt8], file: String) throws -> [CSVRecord] {
        try data.withUnsafeBufferPointer { try parse($0, file: file) }
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>, file: String) throws -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var records: [CSVRecord] = []
        var i = 0
        let n = b.count
        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        if UTF8Validation.hasUTF16ByteOrderMark(b) { throw CSVError.utf16(SourceLocation(file: file, line: 1, column: 1)) }
        var line = 1
        var fields: [String] = []
        var fieldLines: [Int] = []
        fields.reserveCapacity(16)
        var scratch: [UInt8] = []

        /// Refuses a field that is not UTF-8 text, at the line of the bad byte.
        func checkText(_ field: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line fieldLine: Int, column: Int) throws {
            guard let (offset, problem) = UTF8Validation.firstProblem(in: field, range) else { return }
            var badLine = fieldLine
            for k in range.lowerBound..<offset where field[k] == lf { badLine += 1 }
            let at = SourceLocation(file: file, line: badLine, column: column)
            switch problem {
            case .nul: throw CSVError.nul(at)
            case .invalid(let byte): throw CSVError.notUTF8(at, byte: byte)
            }
        }

        func endRecord() {
            // A line with nothing on it is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(fields: fields, fieldLines: fieldLines))
            }
            fields.removeAll(keepingCapacity: true)
            fieldLines.removeAll(keepingCapacity: true)
        }

        while i < n || !fields.isEmpty {
            // At the start of a field.
            let fieldLine = line
            let fieldStart = i
            if i < n, b[i] == quote {
                i += 1
                scratch.removeAll(keepingCapacity: true)
                var closed = false
                while i < n {
                    let c = b[i]
                    if c == quote {
                        if i + 1 < n, b[i + 1] == quote {
                            scratch.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if c == lf { line += 1 }
                    scratch.append(c)
                    i += 1
                }
                if !closed { throw CSVError.unclosedQuote(SourceLocation(file: file, line: fieldLine, column: fields.count + 1)) }
                try scratch.withUnsafeBufferPointer {
                    try checkText($0, 0..<$0.count, line: fieldLine, column: fields.count + 1)
                }
                fields.append(String(decoding: scratch, as: UTF8.self))
                fieldLines.append(fieldLine)
                if i < n, b[i] != comma, b[i] != lf, b[i] != cr {
                    throw CSVError.textAfterClosingQuote(SourceLocation(file: file, line: line, column: fields.count))
                }
            } else {
                var j = i
                while j < n, b[j] != comma, b[j] != lf, b[j] != cr { j += 1 }
                try checkText(b, fieldStart..<j, line: fieldLine, column: fields.count + 1)
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[fieldStart..<j]), as: UTF8.self))
                fieldLines.append(fieldLine)
                i = j
            }
            // After a field: a comma, a line end, or the end of the data.
            if i < n, b[i] == comma {
                i += 1
                if i == n {
                    fields.append("")
                    fieldLines.append(line)
                    endRecord()
                }
                continue
            }
            if i < n, b[i] == cr { i += 1 }
            if i < n, b[i] == lf { i += 1 }
            line += 1
            endRecord()
        }
        return records
    }
}

/// A CSV file that cannot be read as CSV at all.
public struct CSVError: PeerMatchError, Equatable {
    public var location: SourceLocation
    public var message: String
    /// The column's header name, when known.
    public var columnName: String?
}

/// Writes RFC 4180 CSV with `\n` line ends, quoting only fields that need it.
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = []

    public init(reserve: Int = 4096) { bytes.reserveCapacity(reserve) }

    public mutating func row(_ fields: [String]) {
        for (k, f) in fields.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            let needsQuotes = f.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                bytes.append(UInt8(ascii: "\""))
                for b in f.utf8 {
                    if b == UInt8(ascii: "\"") { bytes.append(b) }
                    bytes.append(b)
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: f.utf8)
            }
        }
        bytes.append(0x0A)
    }
}
