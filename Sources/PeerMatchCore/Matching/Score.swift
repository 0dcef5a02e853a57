/// A score in exact fixed point: millionths. Weights and bonuses are rounded to
/// six decimals once, so equal totals compare equal and sums never drift.
public struct Score: Hashable, Sendable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    public static let unitsPerOne: Int64 = 1_000_000

    public var micros: Int64

    public init(micros: Int64) { self.micros = micros }

    /// Rounds to the nearest millionth.
    public init(_ value: Double) { micros = Int64((value * Double(Score.unitsPerOne)).rounded()) }

    public static let zero = Score(micros: 0)

    public var value: Double { Double(micros) / Double(Score.unitsPerOne) }

    public static func + (a: Score, b: Score) -> Score { Score(micros: a.micros + b.micros) }
    public static func - (a: Score, b: Score) -> Score { Score(micros: a.micros - b.micros) }
    public static func < (a: Score, b: Score) -> Bool { a.micros < b.micros }

    /// Shortest decimal form: `4.5`, `3.0`, `0.25`.
    public var description: String { value.description }
}

/// Why a pair scores what it does (MATCHING.md "Score of a pair").
public struct PairExplanation: Hashable, Sendable {
    public struct AreaContribution: Hashable, Sendable {
        public var area: String
        public var contribution: Score
    }

    public var pilot: String
    public var peer: String
    /// Every shared area once, highest contribution first, then area id.
    public var shared: [AreaContribution]
    /// `languageBonus` when the cities share a language, else zero.
    public var language: Score
    /// `regionBonus` when both regions are non-empty and equal, else zero.
    public var region: Score
    /// The languages the two cities share, in the pilot's order.
    public var sharedLanguages: [String]

    public var interest: Score { shared.reduce(.zero) { $0 + $1.contribution } }
    public var score: Score { interest + language + region }
}
