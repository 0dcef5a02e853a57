/// Every error the core throws. `description` is the sentence a person reads:
/// it names what went wrong and where (file:line:column, city id, pair).
/// The CLI and the TUI show it as is; they never rephrase. The sentences are
/// written in ErrorSentences.swift.
public protocol PeerMatchError: Error, CustomStringConvertible, Sendable {
    /// Where in a file, when the error is about a place in one.
    var filePosition: SourceLocation? { get }
    /// What went wrong, without the position.
    var sentence: String { get }
}

extension PeerMatchError {
    public var filePosition: SourceLocation? { nil }
    public var sentence: String { description }
}

/// Where in a file something is: `file:line:column`, 1-based.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
