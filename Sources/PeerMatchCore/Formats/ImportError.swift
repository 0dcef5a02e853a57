/// A row of an imported file that cannot be taken, and exactly where.
/// Rendered (in ErrorSentences.swift) as `file:line:column: column-name: what was expected`.
public struct ImportError: PeerMatchError, Equatable {
    public enum Problem: Equatable, Sendable {
        case emptyFile
        case unknownColumn(String)
        case missingColumn(String)
        case duplicateColumn(String, firstColumn: Int)
        case fieldCount(expected: Int, found: Int)
        case required
        case badID(String)
        case duplicateID(String, firstLine: Int)
        case badCountry(String)
        case badRole(String)
        case badCapacity(String)
        case badLanguage(String)
        case badInterest(String)
        case unknownArea(String, known: [String])
        case badLevel(area: String, value: String)
        case repeatedArea(String)
        case badDate(String)
        case badFormat(String)
        case badWholeNumber(String)
        case badRating(String)
        case badBool(String)
        case badStatus(String)
        case unknownCity(String, suggestions: [String])
        case wrongRole(String, expected: CityRole, actual: CityRole)
        case notPaired(pilot: String, peer: String)
        case duplicateRecord(String, firstLine: Int)
        case referencedCities([String], total: Int)
        /// The import would break committed pairings (refused without --force).
        case wouldBreak([ImportBreak])
    }

    public var file: String
    public var line: Int
    /// 1-based field number, when the problem is in one field.
    public var column: Int?
    /// The column's header name.
    public var columnName: String?
    public var problem: Problem

    public init(file: String, line: Int, column: Int? = nil, columnName: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.problem = problem
    }

    /// For records read from JSON (no line to point at): e.g. "session s000042".
    public var record: String?

    /// A problem with a whole record of a JSON file.
    public init(file: String, record: String, problem: Problem) {
        self.init(file: file, line: 0, problem: problem)
        self.record = record
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
}
