/// An officer's wish list: the pilots a peer city would like, best first.
/// Requests never change scores or the `match` result; the workspace shows
/// whether a peer got one and can pin a requested pair.
public struct CityRequest: Hashable, Sendable {
    public static let maxPilots = 3

    public var peer: String
    /// Ranked, best first; 1 to `maxPilots` distinct pilot ids.
    public var pilots: [String]

    public init(peer: String, pilots: [String]) {
        self.peer = peer
        self.pilots = pilots
    }
}

extension ForumData {
    /// Sets (or, with no pilots, clears) a peer's request, checked by the
    /// workspace's rules: a peer, 1 to 3 distinct pilots. Pair rules (shared
    /// area, capacity) are not asked: a wish is not a pairing.
    public mutating func setRequest(peer: String, pilots: [String]) throws {
        let rules = PairRules(self)
        _ = try rules.city(peer, as: .peer)
        var seen = Set<String>()
        let list = pilots.filter { seen.insert($0).inserted }
        if list.count > CityRequest.maxPilots { throw WorkspaceRefusal.tooManyRequests(peer: peer, count: list.count) }
        for p in list { _ = try rules.city(p, as: .pilot) }
        requests.removeAll { $0.peer == peer }
        if !list.isEmpty { requests.append(CityRequest(peer: peer, pilots: list)) }
        normalize()
    }
}
