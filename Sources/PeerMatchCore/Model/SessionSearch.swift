/// The Sessions list's search as a person types: remembers the last filter
/// and its hits, so a keystroke that only narrows it (the same filters, the
/// search text extended) looks only at the previous hits. A session that
/// holds the longer text holds the shorter one, so nothing is missed.
public struct SessionSearch: Sendable {
    private var last: (filter: SessionFilter, folded: String, hits: [Int])?

    public init() {}

    /// Positions in `index.sessions` that pass `filter`, in date order.
    public mutating func matching(_ filter: SessionFilter, in index: SessionIndex) -> [Int] {
        let folded = SearchFolding.fold(filter.search)
        var previous: [Int]?
        if let last, Self.sameFields(last.filter, filter), folded.contains(last.folded) { previous = last.hits }
        let hits = index.matching(filter, among: previous)
        last = (filter, folded, hits)
        return hits
    }

    /// Forget the remembered hits (after the log changed).
    public mutating func reset() { last = nil }

    private static func sameFields(_ a: SessionFilter, _ b: SessionFilter) -> Bool {
        var a = a
        a.search = b.search
        return a == b
    }
}
