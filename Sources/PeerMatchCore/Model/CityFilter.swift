/// The filters of `cities list` and of the app's Cities screen, in one
/// place; the search follows `SearchFolding`'s rule in both.
public struct CityFilter: Hashable, Sendable {
    public var role: CityRole?
    public var area: String?
    public var country: String?
    public var region: String?
    public var network: String?
    /// Text in the name, id or country, found by `SearchFolding`'s rule.
    public var search: String {
        didSet { foldedSearch = SearchFolding.fold(search) }
    }
    /// `search`, folded once (the app's catalog matches it byte for byte).
    public private(set) var foldedSearch: String

    public init(role: CityRole? = nil, area: String? = nil, country: String? = nil, region: String? = nil,
                network: String? = nil, search: String = "") {
        self.role = role
        self.area = area
        self.country = country
        self.region = region
        self.network = network
        self.search = search
        foldedSearch = SearchFolding.fold(search)
    }

    public func matches(_ c: City) -> Bool {
        if let role, c.role != role { return false }
        if let country, c.country != country.uppercased() { return false }
        if let region, c.region != region { return false }
        if let network, !c.networks.contains(network) { return false }
        if let area, c.level(of: area) == nil { return false }
        if !foldedSearch.isEmpty && !SearchFolding.matches(folded: SearchFolding.cityKey(c), query: foldedSearch) { return false }
        return true
    }
}
