/// What a roster import would break in the committed data: a paired city's
/// role changed, or a capacity cut below the city's active pairings. Refused
/// unless forced; when forced, the import reports each one. The sentence is
/// in ErrorSentences.swift.
public struct ImportBreak: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Pairings, pins or exclusions name the city in its old role.
        case roleChanged(from: CityRole, to: CityRole)
        /// Fewer places than active pairings.
        case capacityBelowActive(capacity: Int, active: Int)
    }

    public var city: String
    public var kind: Kind
    /// The pairs involved: for a role, every pairing, pin and exclusion
    /// naming the city; for a capacity, its active pairings.
    public var pairs: [PairKey]

    public init(city: String, kind: Kind, pairs: [PairKey]) {
        self.city = city
        self.kind = kind
        self.pairs = pairs
    }
}
