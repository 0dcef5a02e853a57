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
    /// - stale pairs and overdue follow-ups are measured at `today`;
    /// - fit checks, goals and flags are those of the pairings in scope;
    /// - forum events are sessions in scope that list other attending cities;
    /// - coverage counts a peer with any pairing in scope (active or ended) as
    ///   having a pilot, as `match` counts a matched peer (`Coverage`).
    ///
    /// O(sessions + pairings log pairings + cities × interests).
    public static func build(
        _ data: ForumData, filter: ReportFilter = ReportFilter(), today: Day,
        progress: ((_ done: Int, _ total: Int) -> Bool)? = nil
    ) throws -> Report {
        let pairings = data.pairings.filter(filter.includes)
        // One slot per pair that has a pairing, so each session hashes its pair
        // once: for the cohort filter and the milestones it ticked.
        var slotOf: [PairKey: Int] = [:]
        slotOf.reserveCapacity(data.pairings.count)
        var inCohort: [Bool] = []
        for p in data.pairings {
            let slot = slotOf[p.key] ?? {
                slotOf[p.key] = inCohort.count
                inCohort.append(false)
                return inCohort.count - 1
            }()
            if p.cohort == filter.cohort { inCohort[slot] = true }
        }
        // Milestones ticked, per slot: (session date, ids); few sessions tick any.
        var ticks: [Int: [(date: Day, ids: [String])]] = [:]
        var events: [String: [String]] = [:]
        var eventCount = 0

        var byMonth: [Month: [String]] = [:]
        var ratings = [[String]](repeating: [], count: 5)
        var unrated: [String] = []
        var overdue: [Report.OverdueFollowUp] = []
        var sessionCount = 0
        // Sessions come sorted by date: a month's ids are gathered in `monthIDs`
        // and stored when the month changes (unsorted input still comes out right).
        var lastDay: Day?
        var month = Month(year: 1970, month: 1)
        var monthIDs: [String] = []
        let sessions = data.sessions
        let total = sessions.count
        for k in sessions.indices {
            if k & 8191 == 8191, let progress, !progress(k, total) { throw CancellationError() }
            let date = sessions[k].date
            let slot = slotOf[sessions[k].pair]
            if let slot, !sessions[k].milestones.isEmpty { ticks[slot, default: []].append((date, sessions[k].milestones)) }
            guard filter.contains(date) else { continue }
            if filter.cohort != nil, !(slot.map { inCohort[$0] } ?? false) { continue }
            sessionCount += 1
            if date != lastDay {
                lastDay = date
                let m = Month(date)
                if m != month {
                    if !monthIDs.isEmpty { byMonth[month, default: []].append(contentsOf: monthIDs) }
                    monthIDs.removeAll(keepingCapacity: true)
                    month = m
                }
            }
            let id = sessions[k].id
            monthIDs.append(id)
            if !sessions[k].cities.isEmpty {
                eventCount += 1
                for city in sessions[k].attendingCities { events[city, default: []].append(id) }
            }
            if let r = sessions[k].rating, (1...5).contains(r) { ratings[r - 1].append(id) } else { unrated.append(id) }
            if let due = sessions[k].followUpDue, !sessions[k].followUpDone, due < today {
                overdue.append(.init(sessionID: id, sessionDate: date, pair: sessions[k].pair, due: due,
                                     daysOverdue: today - due, followUp: sessions[k].followUp))
            }
        }
        if !monthIDs.isEmpty { byMonth[month, default: []].append(contentsOf: monthIDs) }
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
            // Appended in place: a row copied out of the dictionary would copy its arrays.
            let empty = Report.CohortRow(cohort: p.cohort, active: [], ended: [])
            if p.isActive { cohorts[p.cohort, default: empty].active.append(p.key) } else { cohorts[p.cohort, default: empty].ended.append(p.key) }
        }
        let cohortRows = cohorts.values.sorted { $0.cohort.utf8.lexicographicallyPrecedes($1.cohort.utf8) }

        let inScope = Set(pairings.map(\.identity))
        let stale = data.stalePairs(today: today).filter { inScope.contains($0.pairing.identity) }

        var fit = Report.FitRows(good: [], poor: [], unchecked: [], flagged: [])
        for p in pairings {
            switch p.fit?.verdict {
            case .good: fit.good.append(p.key)
            case .poor: fit.poor.append(p.key)
            case nil: fit.unchecked.append(p.key)
            }
        }
        let scopeKeys = Set(pairings.map(\.key))
        fit.flagged = data.fitFlags().keys.filter { scopeKeys.contains($0) }.sorted()

        // Goal progress as `ForumData.goalProgress(for:)` counts it (sessions
        // since the pairing started tick milestones), for all pairs in one pass.
        var goals: [Report.GoalRow] = []
        for p in pairings {
            guard let goal = p.goal, let slot = slotOf[p.key] else { continue }
            var ticked = Set<String>()
            for t in ticks[slot] ?? [] where t.date >= p.start { ticked.formUnion(t.ids) }
            let done = goal.milestones.map(\.id).filter(ticked.contains)
            goals.append(.init(pair: p.key, goal: goal.text,
                               progress: GoalProgress(done: done.count, total: goal.milestones.count, ticked: done)))
        }
        let eventsPerCity = events.map { Report.CityEvents(city: $0.key, sessionIDs: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.city.utf8.lexicographicallyPrecedes($1.city.utf8)
        }
        let coverage = areaRows(data, pairings: pairings)

        var named = Set<String>()
        for p in pairings { named.insert(p.pilot); named.insert(p.peer) }
        for o in overdue { named.insert(o.pair.pilot); named.insert(o.pair.peer) }
        for c in coverage { named.formUnion(c.unmetPeers) }
        for e in eventsPerCity { named.insert(e.city) }
        var names: [String: String] = [:]
        for c in data.cities where named.contains(c.id) { names[c.id] = c.name }

        return Report(
            forumName: data.forum.name, filter: filter, today: today, staleAfterDays: data.forum.staleAfterDays,
            sessionCount: sessionCount, pairingCount: pairings.count, sessionsPerMonth: months,
            pairsByCohort: cohortRows, stalePairs: stale, fit: fit, goals: goals,
            eventCount: eventCount, eventsPerCity: eventsPerCity,
            ratings: (1...5).map { Report.RatingBar(rating: $0, sessionIDs: ratings[$0 - 1]) },
            unratedSessionIDs: unrated, overdueFollowUps: overdue, coverage: coverage, cityNames: names)
    }

    /// `Coverage` of the pairings in scope, with the pilots offering each area
    /// and the ids behind each row.
    static func areaRows(_ data: ForumData, pairings: [Pairing]) -> [Report.AreaRow] {
        let scorer = PairScorer(forum: data.forum, cities: data.cities)
        let index = data.cityIndex()
        var explanations: [PairExplanation] = []
        var paired = Set<String>()
        var seen = Set<PairKey>()
        for p in pairings where seen.insert(p.key).inserted {
            guard let pilot = index[p.pilot], let peer = index[p.peer] else { continue }
            explanations.append(scorer.explain(pilot: pilot, peer: peer))
            paired.insert(p.peer)
        }
        var pilotsOffering: [String: Int] = [:]
        var unmet: [String: [String]] = [:]
        for c in data.cities {
            switch c.role {
            case .pilot: for i in c.interests { pilotsOffering[i.area, default: 0] += 1 }
            case .peer where !paired.contains(c.id): for i in c.interests { unmet[i.area, default: []].append(c.id) }
            default: break
            }
        }
        var pairsOf: [String: [PairKey]] = [:]
        for e in explanations { for a in e.shared { pairsOf[a.area, default: []].append(PairKey(pilot: e.pilot, peer: e.peer)) } }
        let peersWithoutPilot = data.cities.lazy.filter { $0.role == .peer && !paired.contains($0.id) }.map(\.id)
        let coverage = Coverage(pairs: explanations, peersWithoutPilot: Array(peersWithoutPilot), data: data)
        return coverage.areas.compactMap { figures in
            guard let area = data.forum.area(figures.area) else { return nil }
            return Report.AreaRow(area: area, pilotsOffering: pilotsOffering[figures.area] ?? 0, figures: figures,
                                  pairs: (pairsOf[figures.area] ?? []).sorted(), unmetPeers: unmet[figures.area] ?? [])
        }
    }
}
