/// Active pairings that have gone quiet: no session, and no start, for more
/// than the forum's `staleAfterDays` before today.
public enum StalePairs {
    /// The stale pairings among `pairings`, quietest first (then by pair).
    /// `lastSession` maps a pair to its last session on or before today.
    /// O(pairings log pairings).
    public static func find(
        _ pairings: [Pairing], lastSession: [PairKey: Day], today: Day, staleAfterDays: Int
    ) -> [Report.StalePair] {
        var out: [Report.StalePair] = []
        for p in pairings where p.isActive {
            let last = lastSession[p.key]
            let contact = max(p.start, last ?? p.start)
            let quiet = today - contact
            guard quiet > staleAfterDays else { continue }
            out.append(.init(pair: p.key, cohort: p.cohort, start: p.start, lastSession: last, daysQuiet: quiet))
        }
        out.sort { $0.daysQuiet != $1.daysQuiet ? $0.daysQuiet > $1.daysQuiet : ($0.pair, $0.start) < ($1.pair, $1.start) }
        return out
    }

    /// Each pair's last session on or before `today`. O(sessions).
    public static func lastSessions(_ sessions: [Session], today: Day) -> [PairKey: Day] {
        var last: [PairKey: Day] = [:]
        for s in sessions where s.date <= today {
            if let known = last[s.pair], known >= s.date { continue }
            last[s.pair] = s.date
        }
        return last
    }
}
