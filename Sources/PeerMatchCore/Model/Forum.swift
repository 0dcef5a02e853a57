/// The forum's settings and taxonomy: what shapes scores and reminders.
public struct Forum: Hashable, Sendable {
    public var name: String
    /// Interest areas known to the forum, in display order.
    public var areas: [InterestArea]
    /// Weight per area id; an area missing here weighs `1.0`.
    public var areaWeights: [String: Double]
    /// Added to a pair's score when the two cities share a language.
    public var languageBonus: Double
    /// Added when both cities have the same non-empty region.
    public var regionBonus: Double
    /// An active pairing with no session for this many days is stale.
    public var staleAfterDays: Int

    public init(
        name: String, areas: [InterestArea] = InterestArea.defaultTaxonomy,
        areaWeights: [String: Double] = [:], languageBonus: Double = 1.0,
        regionBonus: Double = 0.5, staleAfterDays: Int = 90
    ) {
        self.name = name
        self.areas = areas
        self.areaWeights = areaWeights
        self.languageBonus = languageBonus
        self.regionBonus = regionBonus
        self.staleAfterDays = staleAfterDays
    }

    /// The weight of an area (default 1.0).
    public func weight(of area: String) -> Double { areaWeights[area] ?? 1.0 }

    /// The area with this id, if the forum knows it.
    public func area(_ id: String) -> InterestArea? { areas.first { $0.id == id } }

    public var areaIDs: [String] { areas.map(\.id) }
}
