import PeerMatchCore

/// What the cities list shows: Core's `CityFilter`, so that the app and
/// `cities list` filter and search by one rule.
public typealias CityListFilter = CityFilter
