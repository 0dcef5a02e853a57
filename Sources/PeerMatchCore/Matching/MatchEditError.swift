/// Why `MatchSession.apply` refused an edit: the rules forbid it. Each case
/// names the pair or city; the session is left as it was. (A pin that
/// cannot be kept is a `MatchError`, as for `peermatch match`.)
public enum MatchEditError: PeerMatchError, Equatable {
    case unknownCity(id: String, suggestions: [String])
    case wrongRole(city: String, expected: CityRole, actual: CityRole)
    case alreadyPinned(PairKey)
    case notPinned(PairKey)
    case alreadyExcluded(PairKey)
    case notExcluded(PairKey)
    case noActivePairing(PairKey)
    case pairingNoSharedArea(PairKey)
    case pairingExcluded(PairKey)
    case pairingAlreadyActive(PairKey)
    /// The city's active pairings and pins would exceed its capacity.
    case overCapacity(city: String, capacity: Int, used: Int)
    case negativeCapacity(city: String, capacity: Int)

    public var description: String {
        switch self {
        case .unknownCity(let id, let suggestions):
            "no city has id '\(id)'" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
        case .wrongRole(let city, let expected, let actual):
            "'\(city)' is a \(actual.rawValue), not a \(expected.rawValue)"
        case .alreadyPinned(let k): "\(k) is already pinned"
        case .notPinned(let k): "\(k) is not pinned"
        case .alreadyExcluded(let k): "\(k) is already excluded"
        case .notExcluded(let k): "\(k) is not excluded"
        case .noActivePairing(let k): "\(k) has no active pairing to end"
        case .pairingNoSharedArea(let k): "cannot pair \(k): the two cities share no interest area"
        case .pairingExcluded(let k): "cannot pair \(k): the pair is excluded; remove the exclusion first"
        case .pairingAlreadyActive(let k): "cannot pair \(k): the two cities are already actively paired"
        case .overCapacity(let city, let capacity, let used):
            "'\(city)' has capacity \(capacity) and \(used) active pairing\(used == 1 ? "" : "s") or pin\(used == 1 ? "" : "s") already"
        case .negativeCapacity(let city, let capacity):
            "capacity of '\(city)' cannot be \(capacity): it must be 0 or more"
        }
    }
}
