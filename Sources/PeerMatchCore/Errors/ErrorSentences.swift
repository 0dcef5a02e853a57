/// Every sentence the data-folder and file errors show, in one place: the
/// error types carry what and where; this file says it in words. Each names
/// what went wrong, where (file:line:column, record) and, when it helps, how
/// to fix it. (A JSON check names what it expected, "a date YYYY-MM-DD", where
/// it checks, so a new field stays one edit in its codec; the sentence around
/// it is written here.)

extension PeerMatchError {
    /// The line a command prints: `file:line:column: error: what went wrong`,
    /// as compilers write it so editors can jump there, or `error: …`.
    public var errorLine: String {
        filePosition.map { "\($0): error: \(sentence)" } ?? "error: \(sentence)"
    }
}

extension ImportError {
    public var description: String { filePosition.map { "\($0): \(sentence)" } ?? sentence }

    public var filePosition: SourceLocation? { record == nil ? location : nil }

    public var sentence: String {
        if let record { return "\(file): \(record): \(problemText)" }
        return columnName.map { "\($0): \(problemText)" } ?? problemText
    }

    var problemText: String {
        switch problem {
        case .emptyFile: return "the file is empty; expected a header row naming the columns"
        case .unknownColumn(let c): return "unknown column '\(c)' (only columns starting with x- may be added)"
        case .missingColumn(let c): return "required column '\(c)' is missing"
        case .duplicateColumn(let c, let first): return "column '\(c)' appears twice (first as column \(first))"
        case .fieldCount(let e, let f): return "expected \(e) fields as in the header, found \(f)"
        case .required: return "a value is required"
        case .badID(let v): return "expected an id like sao-paulo ([a-z0-9][a-z0-9-]*), got \"\(v)\""
        case .duplicateID(let v, let first): return "duplicate id '\(v)' (first at line \(first))"
        case .badCountry(let v): return "expected an ISO 3166-1 alpha-2 country code such as IN, got \"\(v)\""
        case .badRole(let v): return "expected pilot, peer or member, got \"\(v)\""
        case .badCapacity(let v): return "expected a whole number >= 0 (or empty for the role's default), got \"\(v)\""
        case .badLanguage(let v): return "expected ISO 639-1 language codes separated by ';' such as en;ta, got \"\(v)\""
        case .badInterest(let v): return "expected area:level separated by ';' such as water-resilience:3, got \"\(v)\""
        case .unknownArea(let v, let known): return "unknown interest area \"\(v)\"; known areas: \(known.joined(separator: ", "))"
        case .badLevel(let area, let v): return "level must be 1, 2 or 3, got \"\(v)\" for \(area)"
        case .repeatedArea(let v): return "interest area \"\(v)\" is listed twice"
        case .badDate(let v): return "expected a date YYYY-MM-DD, got \"\(v)\""
        case .badFormat(let v):
            return "expected a format (\(SessionFormat.allCases.map(\.rawValue).joined(separator: ", "))), got \"\(v)\""
        case .badWholeNumber(let v): return "expected a whole number >= 0, got \"\(v)\""
        case .badRating(let v): return "expected a rating 1..5, got \"\(v)\""
        case .badBool(let v): return "expected yes or no, got \"\(v)\""
        case .badStatus(let v): return "expected active or ended, got \"\(v)\""
        case .unknownCity(let v, let suggestions):
            return "unknown city id '\(v)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .wrongRole(let v, let expected, let actual): return "city '\(v)' is a \(actual.rawValue), not a \(expected.rawValue)"
        case .notPaired(let pilot, let peer):
            return "\(pilot) and \(peer) have no pairing; record the pairing first, or import with --allow-unpaired"
        case .duplicateRecord(let v, let first): return "duplicate '\(v)' (first at line \(first))"
        case .referencedCities(let ids, let total):
            let more = total > ids.count ? " and \(total - ids.count) more" : ""
            return "--replace would remove cities that pairings, pins, exclusions or sessions still name: \(ids.joined(separator: ", "))\(more); nothing was changed"
        }
    }
}

extension CSVError {
    public var description: String { "\(location): \(sentence)" }
    public var filePosition: SourceLocation? { location }
    public var sentence: String { columnName.map { "\($0): \(message)" } ?? message }

    static func unclosedQuote(_ at: SourceLocation) -> CSVError {
        CSVError(location: at, message: "quoted field opened here is never closed (end of file)")
    }

    static func textAfterClosingQuote(_ at: SourceLocation) -> CSVError {
        CSVError(location: at, message: "expected ',' or the end of the line after a closing quote")
    }

    static let saveAsUTF8 = "save it from the spreadsheet as \"CSV UTF-8\" and import again; nothing was changed"

    static func notUTF8(_ at: SourceLocation, byte: UInt8) -> CSVError {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        // Latin-1 reads every byte as the character with that number; name it
        // when it is a printable one, so the person sees which letter it was.
        let latin1 = byte >= 0xA0 ? " (\(Character(Unicode.Scalar(byte))) in Latin-1)" : ""
        return CSVError(location: at, message: "the file is not UTF-8 text: byte \(hex)\(latin1) cannot be read as UTF-8; "
                        + "it was probably saved as Latin-1 or Windows-1252; " + saveAsUTF8)
    }

    static func nul(_ at: SourceLocation) -> CSVError {
        CSVError(location: at, message: "the file holds a NUL byte (0x00), which no text holds; "
                 + "if it was saved as UTF-16 or \"Unicode text\", " + saveAsUTF8)
    }

    static func utf16(_ at: SourceLocation) -> CSVError {
        CSVError(location: at, message: "the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; " + saveAsUTF8)
    }

}

extension JSONFileError {
    public var description: String { "\(location): \(sentence)" }
    public var filePosition: SourceLocation? { location }
    public var sentence: String { "expected \(expected), found \(found)" }
}

extension StoreError {
    public var description: String {
        switch self {
        case .folderMissing(let path):
            "no data folder at \(path); create one with `peermatch init \(path)`, or point --data or PEERMATCH_DATA at an existing one"
        case .notAForum(let path):
            "\(path) is not a PeerMatch data folder (it has no forum.json); run `peermatch init \(path)` to make one there"
        case .missingFile(let path, let empty):
            "\(path) is missing; a data folder holds forum.json, cities.json, pairings.json and sessions.json. Restore it (for example `git checkout -- \(path)`), or, to start that list empty, write \(empty) into it; nothing was changed"
        case .alreadyAForum(let path):
            "\(path) already holds a forum (forum.json exists); nothing was changed"
        case .locked(let path, let holder, let waited):
            "the data folder \(path) is being changed by another peermatch (\(holder)); waited \(waited) s, nothing was changed; try again when it has finished"
        case .io(let path, let operation, let reason):
            "cannot \(operation) \(path): \(reason); nothing was changed"
        }
    }
}
