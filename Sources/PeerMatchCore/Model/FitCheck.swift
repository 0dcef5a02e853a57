/// The trainer's verdict on a pair after its first session.
public enum FitVerdict: String, CaseIterable, Sendable {
    case good
    case poor
}

/// A recorded fit check: the verdict, why, and when it was given.
public struct FitCheck: Hashable, Sendable {
    public var verdict: FitVerdict
    /// Free text; expected (not required) when the verdict is `poor`.
    public var reason: String
    public var date: Day

    public init(verdict: FitVerdict, reason: String = "", date: Day) {
        self.verdict = verdict
        self.reason = reason
        self.date = date
    }
}

/// Why a pair needs the coordinator's attention: a poor fit verdict, or a
/// first session rated 2 or less. Shown until the pairing ends (the cities
/// are re-paired) or the coordinator clears it.
public enum FitFlag: Hashable, Sendable, CustomStringConvertible {
    case notAFit(reason: String, date: Day)
    case lowFirstRating(rating: Int, session: String, date: Day)

    /// The largest first-session rating that raises a flag.
    public static let lowRating = 2

    public var description: String {
        switch self {
        case .notAFit(let reason, let date):
            "not a fit (\(date))" + (reason.isEmpty ? "" : ": \(reason)")
        case .lowFirstRating(let rating, let session, let date):
            "first session rated \(rating) of 5 (\(session), \(date))"
        }
    }
}
