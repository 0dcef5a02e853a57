/// One field of a session draft that cannot be taken. `description` is the
/// sentence the CLI prints and the log form shows next to the field.
public struct SessionFieldError: PeerMatchError, Equatable {
    public enum Problem: Equatable, Sendable {
        case required
        case badDate(String)
        /// The pair has pairings, and none of them covers the date.
        case outsidePairing(String, reason: String)
        case unknownCity(String, suggestions: [String])
        case wrongRole(String, expected: CityRole, actual: CityRole)
        case sameCity(String)
        /// Not an error when the user confirms (`--allow-unpaired`).
        case notPaired(pilot: String, peer: String)
        case badFormat(String)
        case unknownArea(String, known: [String])
        case badWholeNumber(String)
        case badRating(String)
        case dueWithoutFollowUp
        case noGoal(PairKey)
        case unknownMilestone(String, pair: PairKey, known: [String])
    }

    public var field: SessionField
    public var problem: Problem

    public init(_ field: SessionField, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }

    /// `field: what is wrong`.
    public var description: String { "\(field.rawValue): \(message)" }

    /// The sentence without the field name, for a form that shows it beside the field.
    public var message: String {
        switch problem {
        case .required: "a value is required"
        case .badDate(let v): "expected a date YYYY-MM-DD, got \"\(v)\""
        case .outsidePairing(let v, let reason): "\(v) is \(reason); a pair's sessions fall within its pairing"
        case .unknownCity(let v, let suggestions):
            "unknown city id '\(v)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .wrongRole(let v, let expected, let actual):
            "city '\(v)' is a \(actual.rawValue), not a \(expected.rawValue); log it with --allow-unpaired to record a session between any two cities"
        case .sameCity(let v): "a session needs two different cities, got '\(v)' twice"
        case .notPaired(let pilot, let peer):
            "\(pilot) and \(peer) have no pairing; record the pairing first, or confirm (--allow-unpaired) to log it anyway"
        case .badFormat(let v):
            "expected a format (\(SessionFormat.allCases.map(\.rawValue).joined(separator: ", "))), got \"\(v)\""
        case .unknownArea(let v, let known): "unknown interest area \"\(v)\"; known areas: \(known.joined(separator: ", "))"
        case .badWholeNumber(let v): "expected a whole number >= 0, got \"\(v)\""
        case .badRating(let v): "expected a rating 1..5, got \"\(v)\""
        case .dueWithoutFollowUp: "a due date needs a follow-up to be due; write the follow-up too"
        case .noGoal(let pair): "pair \(pair) has no learning goal to tick; set one with `peermatch pair goal`"
        case .unknownMilestone(let v, let pair, let known):
            "pair \(pair) has no milestone '\(v)'; its milestones: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        }
    }
}

/// What logging, editing or deleting a session, marking a follow-up, or
/// recording a pair's fit or goal can refuse.
public enum SessionError: PeerMatchError, Equatable {
    /// Every problem of a draft, in field order.
    case invalid([SessionFieldError])
    case unknownSession(String)
    case noFollowUp(session: String)
    case noPairing(PairKey)
    case noSessionYet(PairKey)
    case unknownCity(String, suggestions: [String])

    public var description: String {
        switch self {
        case .invalid(let problems): problems.map(\.description).joined(separator: "\n")
        case .unknownSession(let id): "no session with id '\(id)'; `peermatch sessions list` shows the ids"
        case .noFollowUp(let id): "session \(id) has no follow-up to mark"
        case .noPairing(let pair): "\(pair.pilot) and \(pair.peer) have no active pairing"
        case .noSessionYet(let pair):
            "pair \(pair) has no session yet; a fit verdict is recorded after the pair's first session"
        case .unknownCity(let v, let suggestions):
            "unknown city id '\(v)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        }
    }
}
