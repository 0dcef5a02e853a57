/// Active pairings that have gone quiet: no session, and no start, for more
/// than the forum's `staleAfterDays` before today.
public enum StalePairs {
    /// The stale pairings among `pairings`, quietest first (then by pair).
    /// `lastSession` gives a pair's last session on or before today.
    /// O(pairings log pairings).
    public static func find(
        _ pairings: [Pairing], today: Day, staleAfterDays: Int, lastSession: (PairKey) -> Day?
    ) -> [Report.StalePair] {
        var out: [Report.StalePair] = []
        for p in pairings where p.isActive {
            let last = lastSession(p.key)
            let contact = max(p.start, last ?? p.start)
            let quiet = today - contact
            guard quiet > staleAfterDays else { continue }
            out.append(.init(pair: p.key, cohort: p.cohort, start: p.start, lastSession: last, daysQuiet: quiet))
        }
        out.sort { $0.daysQuiet != $1.daysQuiet ? $0.daysQuiet > $1.daysQuiet : ($0.pair, $0.start) < ($1.pair, $1.start) }
        return out
    }
}
