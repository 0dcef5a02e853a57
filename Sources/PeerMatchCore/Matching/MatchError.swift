/// Why a match cannot run. Each case names the pair or city at fault; the
/// sentences are pinned in `MatchErrorTests`.
public enum MatchError: PeerMatchError, Equatable {
    /// A pin names a city the forum does not have.
    case pinUnknownCity(pin: PairKey, city: String, suggestions: [String])
    /// A pin's pilot is not a pilot, or its peer not a peer.
    case pinWrongRole(pin: PairKey, city: String, expected: CityRole, actual: CityRole)
    /// The two pinned cities share no interest area.
    case pinNoSharedArea(pin: PairKey)
    /// The pinned pair is also excluded.
    case pinExcluded(pin: PairKey)
    /// The pinned pair is already actively paired.
    case pinAlreadyPaired(pin: PairKey)
    /// A city's pins and active pairings together exceed its capacity.
    case pinsExceedCapacity(city: String, capacity: Int, active: Int, pins: [PairKey])
    /// `stable` needs every peer to have capacity 0 or 1.
    case stablePeerCapacity(peer: String, capacity: Int)

    public var description: String {
        switch self {
        case .pinUnknownCity(let pin, let city, let suggestions):
            "cannot pin \(pin): no city has id '\(city)'"
                + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
        case .pinWrongRole(let pin, let city, let expected, let actual):
            "cannot pin \(pin): '\(city)' is a \(actual.rawValue), not a \(expected.rawValue)"
        case .pinNoSharedArea(let pin):
            "cannot pin \(pin): the two cities share no interest area"
        case .pinExcluded(let pin):
            "cannot pin \(pin): the pair is excluded; remove the exclusion or the pin"
        case .pinAlreadyPaired(let pin):
            "cannot pin \(pin): the two cities are already actively paired"
        case .pinsExceedCapacity(let city, let capacity, let active, let pins):
            "cannot keep every pin of '\(city)': capacity \(capacity), \(active) active pairing\(active == 1 ? "" : "s"), "
                + "\(pins.count) pin\(pins.count == 1 ? "" : "s") (\(pins.map(\.description).joined(separator: ", ")))"
        case .stablePeerCapacity(let peer, let capacity):
            "the stable algorithm needs every peer to take at most 1 pilot; '\(peer)' has capacity \(capacity) "
                + "(set it to 1, or use --algorithm optimal)"
        }
    }
}
