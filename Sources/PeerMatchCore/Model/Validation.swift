/// The one place that says what a valid field is. Import, CLI and TUI forms
/// all ask here, so a rule never differs between them.
public enum Validation {
    /// `[a-z0-9][a-z0-9-]*`
    public static func isValidID(_ s: String) -> Bool {
        var first = true
        for b in s.utf8 {
            let ok = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (!first && b == 0x2D)
            if !ok { return false }
            first = false
        }
        return !first
    }

    /// An assigned ISO 3166-1 alpha-2 code, in capitals (`IN`; not `XY`, `EU`, `in`).
    public static func isValidCountry(_ s: String) -> Bool { ISOCodes.isCountry(s) }

    /// An ISO 639-1 code, in lower case (`en`; not `zz`, `EN`).
    public static func isValidLanguage(_ s: String) -> Bool { ISOCodes.isLanguage(s) }

    /// "; did you mean IN (India)?", or "" when nothing is close.
    public static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: " or "))?"
    }

    public static let levels = 1...3
    public static let ratings = 1...5

    /// A whole number >= 0 written in plain digits, or nil.
    public static func wholeNumber(_ s: String) -> Int? {
        guard !s.isEmpty, s.utf8.count <= 9, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        return Int(s)
    }

    /// A weight or bonus must be finite and >= 0 (and small enough to add up exactly).
    public static func isValidWeight(_ w: Double) -> Bool {
        w.isFinite && w >= 0 && w <= 1_000_000
    }

    /// Checks a city on its own (not against other cities). Returns the first problem.
    public static func problem(in city: City, knownAreas: Set<String>) -> FieldProblem? {
        if !isValidID(city.id) { return .init(field: "id", value: city.id, expected: "a slug [a-z0-9][a-z0-9-]*") }
        if city.name.isEmpty { return .init(field: "name", value: "", expected: "a name") }
        if !isValidCountry(city.country) {
            return .init(field: "country", value: city.country, expected: "an ISO 3166-1 alpha-2 code such as IN",
                         hint: didYouMean(ISOCodes.countrySuggestions(for: city.country)))
        }
        if let c = city.capacity, c < 0 {
            return .init(field: "capacity", value: String(c), expected: "a whole number >= 0")
        }
        for l in city.languages where !isValidLanguage(l) {
            return .init(field: "languages", value: l, expected: "ISO 639-1 codes such as en;ta",
                         hint: didYouMean(ISOCodes.languageSuggestions(for: l)))
        }
        var seen = Set<String>()
        for i in city.interests {
            if !knownAreas.contains(i.area) {
                return .init(field: "interests", value: i.area,
                             expected: "a known interest area (\(knownAreas.sorted().joined(separator: ", ")))")
            }
            if !levels.contains(i.level) {
                return .init(field: "interests", value: "\(i.area):\(i.level)", expected: "level 1, 2 or 3")
            }
            if !seen.insert(i.area).inserted {
                return .init(field: "interests", value: i.area, expected: "each area once")
            }
        }
        return nil
    }
}

/// A field that is not what it should be.
public struct FieldProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var value: String
    public var expected: String
    /// What was probably meant ("; did you mean GB (United Kingdom)?"), or "".
    public var hint: String

    public init(field: String, value: String, expected: String, hint: String = "") {
        self.field = field
        self.value = value
        self.expected = expected
        self.hint = hint
    }

    public var description: String { "\(field): expected \(expected), got \"\(value)\"\(hint)" }
}
