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

    /// The one way scores are printed, in the CLI and the app: exact decimal
    /// with at least one decimal place, no trailing zeros: `6.0`, `4.5`,
    /// `0.25`, `0.000001` (never `1e-06`).
    public var formatted: String {
        let m = micros.magnitude, one = UInt64(Score.unitsPerOne)
        var fraction = String(m % one)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
        return (micros < 0 ? "-" : "") + "\(m / one).\(fraction)"
    }

    /// A contribution to a score: `+3.0`, `+0.5`, `-1.0`.
    public var signedFormatted: String { micros < 0 ? formatted : "+" + formatted }

    public var description: String { formatted }
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

    /// Why the pair fits, on one line, as the CLI and the app print it:
    /// `water-resilience +3.0, flood-management +2.0, language en +1.0, region +0.5`.
    public var summary: String {
        var parts = shared.map { "\($0.area) \($0.contribution.signedFormatted)" }
        if language > .zero { parts.append("language \(sharedLanguages.joined(separator: "/")) \(language.signedFormatted)") }
        if region > .zero { parts.append("region \(region.signedFormatted)") }
        return parts.joined(separator: ", ")
    }
}
