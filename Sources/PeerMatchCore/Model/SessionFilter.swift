/// The filters of `sessions list` and the Sessions screen, in one place.
/// Every filter set must hold; nil (or false, or empty) means "any".
public struct SessionFilter: Hashable, Sendable {
    public var pair: PairKey?
    /// Sessions the city attended: as pilot, peer or one of an event's cities.
    public var city: String?
    public var area: String?
    public var format: SessionFormat?
    public var from: Day?
    public var to: Day?
    public var ratings: ClosedRange<Int>?
    public var openFollowUpsOnly: Bool
    /// Case- and accent-insensitive text in the id, cities (ids and names),
    /// format, area, outcome or follow-up.
    public var search: String

    public init(pair: PairKey? = nil, city: String? = nil, area: String? = nil, format: SessionFormat? = nil,
                from: Day? = nil, to: Day? = nil, ratings: ClosedRange<Int>? = nil, openFollowUpsOnly: Bool = false,
                search: String = "") {
        self.pair = pair
        self.city = city
        self.area = area
        self.format = format
        self.from = from
        self.to = to
        self.ratings = ratings
        self.openFollowUpsOnly = openFollowUpsOnly
        self.search = search
    }

    /// Every field but `search`. O(1) plus the event's cities for `city`.
    public func matchesFields(_ s: Session) -> Bool {
        if let from, s.date < from { return false }
        if let to, s.date > to { return false }
        if let format, s.format != format { return false }
        if let area, s.area != area { return false }
        if let ratings { guard let r = s.rating, ratings.contains(r) else { return false } }
        if openFollowUpsOnly && !s.hasOpenFollowUp { return false }
        if let pair, s.pilot != pair.pilot || s.peer != pair.peer { return false }
        if let city, s.pilot != city && s.peer != city && !s.cities.contains(city) { return false }
        return true
    }
}
