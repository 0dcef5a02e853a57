/// Computes a `Report` from a forum's data: the one computation behind the
/// Reports screen and `peermatch report`.
///
/// Pure and synchronous, so a caller may run it on any thread. `progress` is
/// called now and then with (done, total) sessions; returning false stops the
/// work with `CancellationError` (the screen's "drop a stale result").
public enum ReportBuilder {
    /// What is in scope:
    /// - pairings of the cohort that ran at some time in the date range;
    /// - sessions dated in the range, and, with a cohort, only those of pairs
    ///   that have a pairing in that cohort;
    /// - stale pairs and overdue follow-ups are measured at `today`.
    ///
    /// O(sessions + pairings log pairings + cities × interests).
    public static func build(
        _ data: ForumData, filter: ReportFilter = ReportFilter(), today: Day,
        progress: ((_ done: Int, _ total: Int) -> Bool)? = nil
    ) throws -> Report {
        let pairings = data.pairings.filter(filter.includes)
        let cohortPairs: Set<PairKey>? = filter.cohort.map { c in
            Set(data.pairings.lazy.filter { $0.cohort == c }.map(\.key))
        }

        var byMonth: [Month: [String]] = [:]
        var ratings = [[String]](repeating: [], count: 5)
        var unrated: [String] = []
        var overdue: [Report.OverdueFollowUp] = []
        var sessionCount = 0
        // Sessions come sorted by date: work out a day's month once.
        var lastDay: Day?
        var lastMonth = Month(year: 1970, month: 1)
        let total = data.sessions.count
        for (k, s) in data.sessions.enumerated() {
            if k & 8191 == 8191, let progress, !progress(k, total) { throw CancellationError() }
            guard filter.contains(s.date) else { continue }
            if let cohortPairs, !cohortPairs.contains(s.pair) { continue }
            sessionCount += 1
            if s.date != lastDay {
                lastDay = s.date
                lastMonth = Month(s.date)
            }
            byMonth[lastMonth, default: []].append(s.id)
            if let r = s.rating, (1...5).contains(r) { ratings[r - 1].append(s.id) } else { unrated.append(s.id) }
            if let due = s.followUpDue, !s.followUpDone, due < today {
                overdue.append(.init(sessionID: s.id, sessionDate: s.date, pair: s.pair, due: due,
                                     daysOverdue: today - due, followUp: s.followUp))
            }
        }
        if let progress, !progress(total, total) { throw CancellationError() }
        overdue.sort { $0.due != $1.due ? $0.due < $1.due : $0.sessionID.utf8.lexicographicallyPrecedes($1.sessionID.utf8) }

        var months: [Report.MonthBar] = []
        if let first = byMonth.keys.min(), let last = byMonth.keys.max() {
            var m = first
            while m <= last {
                months.append(.init(month: m, sessionIDs: byMonth[m] ?? []))
                m = m.next
            }
        }

        var cohorts: [String: Report.CohortRow] = [:]
        for p in pairings {
            var row = cohorts[p.cohort] ?? Report.CohortRow(cohort: p.cohort, active: [], ended: [])
            if p.isActive { row.active.append(p.key) } else { row.ended.append(p.key) }
            cohorts[p.cohort] = row
        }
        let cohortRows = cohorts.values.sorted { $0.cohort.utf8.lexicographicallyPrecedes($1.cohort.utf8) }

        let stale = StalePairs.find(pairings, lastSession: StalePairs.lastSessions(data.sessions, today: today),
                                    today: today, staleAfterDays: data.forum.staleAfterDays)
        let coverage = AreaCoverage.compute(data, pairings: pairings)

        var named = Set<String>()
        for p in pairings { named.insert(p.pilot); named.insert(p.peer) }
        for o in overdue { named.insert(o.pair.pilot); named.insert(o.pair.peer) }
        for c in coverage { named.formUnion(c.unmetPeers) }
        var names: [String: String] = [:]
        for c in data.cities where named.contains(c.id) { names[c.id] = c.name }

        return Report(
            forumName: data.forum.name, filter: filter, today: today, staleAfterDays: data.forum.staleAfterDays,
            sessionCount: sessionCount, pairingCount: pairings.count, sessionsPerMonth: months,
            pairsByCohort: cohortRows, stalePairs: stale,
            ratings: (1...5).map { Report.RatingBar(rating: $0, sessionIDs: ratings[$0 - 1]) },
            unratedSessionIDs: unrated, overdueFollowUps: overdue, coverage: coverage, cityNames: names)
    }
}
