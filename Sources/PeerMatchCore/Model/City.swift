/// What a city does in the forum.
public enum CityRole: String, CaseIterable, Sendable, Comparable {
    /// A mentor: a city with experience to share.
    case pilot
    /// A city that learns from a pilot.
    case peer
    /// Takes part in webinars; never matched.
    case member

    /// Partners a city of this role takes when its roster leaves capacity empty.
    public var defaultCapacity: Int {
        switch self {
        case .pilot: 3
        case .peer: 1
        case .member: 0
        }
    }

    /// The role on the other side of a pilot–peer pair, if any.
    public var counterpart: CityRole? {
        switch self {
        case .pilot: .peer
        case .peer: .pilot
        case .member: nil
        }
    }

    public static func < (a: CityRole, b: CityRole) -> Bool {
        a.rank < b.rank
    }

    private var rank: Int {
        switch self {
        case .pilot: 0
        case .peer: 1
        case .member: 2
        }
    }
}

/// One interest of a city: an area and a level 1...3 (depth of experience for a
/// pilot, priority of need for a peer).
public struct AreaLevel: Hashable, Sendable {
    public var area: String
    public var level: Int

    public init(area: String, level: Int) {
        self.area = area
        self.level = level
    }
}

/// A city of the forum, as the roster describes it.
public struct City: Hashable, Sendable, Identifiable {
    /// Unique slug `[a-z0-9][a-z0-9-]*`.
    public var id: String
    /// Display name in any script.
    public var name: String
    /// ISO 3166-1 alpha-2 code.
    public var country: String
    /// Free text; empty means none.
    public var region: String
    public var role: CityRole
    /// Explicit capacity; `nil` means the role's default (see `effectiveCapacity`).
    public var capacity: Int?
    /// ISO 639-1 codes, in roster order.
    public var languages: [String]
    /// Network names, in roster order.
    public var networks: [String]
    /// Interests in roster order; each area appears once.
    public var interests: [AreaLevel]
    /// Roster columns starting with `x-`: kept, not interpreted.
    public var extra: [String: String]

    public init(
        id: String, name: String, country: String, region: String = "",
        role: CityRole, capacity: Int? = nil, languages: [String] = [],
        networks: [String] = [], interests: [AreaLevel] = [], extra: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.region = region
        self.role = role
        self.capacity = capacity
        self.languages = languages
        self.networks = networks
        self.interests = interests
        self.extra = extra
    }

    /// How many partners the city can take at once.
    public var effectiveCapacity: Int { capacity ?? role.defaultCapacity }

    /// The level of an area, or nil when the city has no interest in it.
    public func level(of area: String) -> Int? {
        interests.first { $0.area == area }?.level
    }

    /// Interests ordered by level (highest first), then area id.
    public var interestsByLevel: [AreaLevel] {
        interests.sorted { ($0.level, $1.area) > ($1.level, $0.area) }
    }
}
