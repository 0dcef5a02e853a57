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

    /// ISO 3166-1 alpha-2 shape: two capital letters.
    public static func isValidCountry(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 2 && u.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// ISO 639-1 shape: two lower-case letters.
    public static func isValidLanguage(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 2 && u.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
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
            return .init(field: "country", value: city.country, expected: "an ISO 3166-1 alpha-2 code such as IN")
        }
        if let c = city.capacity, c < 0 {
            return .init(field: "capacity", value: String(c), expected: "a whole number >= 0")
        }
        for l in city.languages where !isValidLanguage(l) {
            return .init(field: "languages", value: l, expected: "ISO 639-1 codes such as en;ta")
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

    public init(field: String, value: String, expected: String) {
        self.field = field
        self.value = value
        self.expected = expected
    }

    public var description: String { "\(field): expected \(expected), got \"\(value)\"" }
}
