/// Why the workspace refuses an action or a commit. Each case names the pair
/// or city at fault; the sentences are pinned in `WorkspaceRefusalTests`.
/// The TUI and the CLI show them as they are. Pins are refused with the
/// `MatchError` the match itself would throw, so those words live in one place.
public enum WorkspaceRefusal: PeerMatchError, Hashable {
    /// A rule a coordinator may set aside with an explicit override and a note.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        case noSharedArea = "no shared area"
        case capacityFull = "capacity full"
        case excluded = "excluded"
    }

    case unknownCity(city: String, suggestions: [String])
    case wrongRole(city: String, expected: CityRole, actual: CityRole)
    case noSharedArea(pair: PairKey)
    case capacityFull(pair: PairKey, city: String, capacity: Int, used: Int)
    case excluded(pair: PairKey)
    case alreadyPaired(pair: PairKey)
    case notAProposal(pair: PairKey)
    case noProposals
    case pinnedPair(pair: PairKey, action: String)
    case alreadyPinned(pair: PairKey)
    case notPinned(pair: PairKey)
    case alreadyExcluded(pair: PairKey)
    case notExcluded(pair: PairKey)
    case notActive(pair: PairKey)
    case notEnded(city: String)
    case noPartner(city: String)
    case overrideNeedsNote
    case proposalsStale
    case notMatched(city: String)
    case tooManyRequests(peer: String, count: Int)
    case noRequest(peer: String)
    /// The data folder changed since the workspace was opened and the change no longer holds.
    case dataChanged(reason: String)

    /// The rule an override may set aside, or nil when the refusal is final.
    public var overridableRule: Rule? {
        switch self {
        case .noSharedArea: .noSharedArea
        case .capacityFull: .capacityFull
        case .excluded: .excluded
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .unknownCity(let city, let suggestions):
            "no city has id '\(city)'" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
        case .wrongRole(let city, let expected, let actual):
            "'\(city)' is a \(actual.rawValue), not a \(expected.rawValue)"
        case .noSharedArea(let pair):
            "cannot pair \(pair): the two cities share no interest area (override with a note to pair them anyway)"
        case .capacityFull(let pair, let city, let capacity, let used):
            "cannot pair \(pair): '\(city)' is full (capacity \(capacity), \(used) taken by active pairings and pins) "
                + "(override with a note to pair it anyway)"
        case .excluded(let pair):
            "cannot pair \(pair): the pair is excluded (remove the exclusion, or override with a note)"
        case .alreadyPaired(let pair):
            "\(pair) is already actively paired"
        case .notAProposal(let pair):
            "\(pair) is not among the proposals"
        case .noProposals:
            "there are no proposals yet; run the match first"
        case .pinnedPair(let pair, let action):
            "cannot \(action) \(pair): the pair is pinned; unpin it first"
        case .alreadyPinned(let pair):
            "\(pair) is already pinned"
        case .notPinned(let pair):
            "\(pair) is not pinned"
        case .alreadyExcluded(let pair):
            "\(pair) is already excluded"
        case .notExcluded(let pair):
            "\(pair) is not excluded"
        case .notActive(let pair):
            "\(pair) has no active pairing to end"
        case .notEnded(let city):
            "'\(city)' has no ended or flagged pairing to replace"
        case .noPartner(let city):
            "no allowed partner with capacity left for '\(city)'"
        case .overrideNeedsNote:
            "an override needs a note saying why"
        case .proposalsStale:
            "the proposals are out of date after the last change; run the match again before committing them"
        case .notMatched(let city):
            "'\(city)' has no proposed or active pilot"
        case .tooManyRequests(let peer, let count):
            "'\(peer)' may request up to \(CityRequest.maxPilots) pilots, got \(count)"
        case .noRequest(let peer):
            "'\(peer)' has requested no pilot"
        case .dataChanged(let reason):
            "the data folder changed since the workspace was opened and the commit no longer holds: \(reason); nothing was written"
        }
    }
}
