import PeerMatchCore

/// What the Match list shows: the `/` search and the keyed filters, all of
/// which a pair must pass.
struct MatchFilter: Sendable, Equatable {
    /// Pilot or peer name or id contains it.
    var search = ""
    /// A shared interest area of the pair.
    var area: String?
    /// The pilot's or the peer's region.
    var region: String?
    /// Only pairs whose peer asked for pilots and got none of them.
    var unmetRequestsOnly = false
    var pinnedOnly = false

    /// The filters `x` clears (the search stays, as on the Cities screen).
    var hasKeyedFilters: Bool { area != nil || region != nil || unmetRequestsOnly || pinnedOnly }
    var isEmpty: Bool { search.isEmpty && !hasKeyedFilters }

    func keeps(_ r: MatchRow) -> Bool {
        if let area, !r.explanation.shared.contains(where: { $0.area == area }) { return false }
        if let region, r.pilotRegion != region, r.peerRegion != region { return false }
        if unmetRequestsOnly, !r.requestUnmet { return false }
        if pinnedOnly, r.kind != .pinned { return false }
        let needle = search.lowercased()
        return needle.isEmpty || [r.pilotName, r.peerName, r.key.pilot, r.key.peer].contains { $0.lowercased().contains(needle) }
    }

    /// `/pune · area energy · region Asia · unmet requests · pinned`
    var summary: String {
        var parts: [String] = []
        if !search.isEmpty { parts.append("/\(search)") }
        if let area { parts.append("area \(area)") }
        if let region { parts.append("region \(region.isEmpty ? "(none)" : region)") }
        if unmetRequestsOnly { parts.append("unmet requests") }
        if pinnedOnly { parts.append("pinned") }
        return parts.joined(separator: " · ")
    }

    /// The values a cycling key steps through: those some pair has within the
    /// other filters, each with how many pairs it would show.
    static func counts(_ rows: [MatchRow], of values: (MatchRow) -> Set<String>) -> [(value: String, count: Int)] {
        var counts: [String: Int] = [:]
        for r in rows { for v in values(r) { counts[v, default: 0] += 1 } }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The next value after `current` (nil: any), or nil after the last.
    static func next(after current: String?, in values: [String]) -> String? {
        guard let current else { return values.first }
        guard let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }
}
