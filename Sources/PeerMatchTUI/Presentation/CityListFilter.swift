import PeerMatchCore

/// What the cities list shows: every filter and the search text.
public struct CityListFilter: Hashable, Sendable {
    public var role: CityRole?
    public var area: String?
    public var region: String?
    public var network: String?
    public var search: String = ""

    public init(role: CityRole? = nil, area: String? = nil, region: String? = nil, network: String? = nil,
                search: String = "") {
        self.role = role
        self.area = area
        self.region = region
        self.network = network
        self.search = search
    }
}
