import Testing
import PeerMatchCore
import PeerMatchTestSupport

/// The report's figures and drill-down ids against plain brute-force
/// recomputation (every bar recounted from the whole session list), on
/// random forums under several filters.
@Suite struct ReportBuilderTests {
    static let today = Day("2026-03-15")!
    static let filters: [ReportFilter] = [
        ReportFilter(),
        ReportFilter(from: Day("2025-01-01"), to: Day("2025-12-31")),
        ReportFilter(from: Day("2024-06-10"), cohort: "2024-spring"),
        ReportFilter(to: Day("2025-03-31"), cohort: ""),
        ReportFilter(cohort: "Ñandú & <co>"),
        ReportFilter(from: Day("2030-01-01")),
    ]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func figuresMatchBruteForce(seed: UInt64) throws {
        let data = Fixtures.activityForum(seed: seed, cities: 300, sessions: 2_000)
        for filter in Self.filters {
            let report = try ReportBuilder.build(data, filter: filter, today: Self.today)
            check(report, data, filter)
        }
    }

    func check(_ report: Report, _ data: ForumData, _ filter: ReportFilter) {
        func inRange(_ d: Day) -> Bool {
            if let f = filter.from, d < f { return false }
            if let t = filter.to, d > t { return false }
            return true
        }
        let pairings = data.pairings.filter { p in
            if let c = filter.cohort, p.cohort != c { return false }
            if let t = filter.to, p.start > t { return false }
            if let f = filter.from, let e = p.end, e < f { return false }
            return true
        }
        let sessions = data.sessions.filter { s in
            inRange(s.date) && (filter.cohort.map { c in data.pairings.contains { $0.key == s.pair && $0.cohort == c } } ?? true)
        }
        #expect(report.sessionCount == sessions.count)
        #expect(report.pairingCount == pairings.count)

        // Months: consecutive, covering the first to the last session, each bar's ids exactly its sessions.
        let monthOf = { (d: Day) in String(d.description.prefix(7)) }
        #expect(report.sessionsPerMonth.first.map { "\($0.month)" } == sessions.first.map { monthOf($0.date) })
        #expect(report.sessionsPerMonth.last.map { "\($0.month)" } == sessions.last.map { monthOf($0.date) })
        for (a, b) in zip(report.sessionsPerMonth, report.sessionsPerMonth.dropFirst()) { #expect(a.month.next == b.month) }
        for bar in report.sessionsPerMonth {
            #expect(bar.sessionIDs == sessions.filter { monthOf($0.date) == "\(bar.month)" }.map(\.id))
        }
        #expect(report.sessionsPerMonth.reduce(0) { $0 + $1.count } == sessions.count)

        for bar in report.ratings { #expect(bar.sessionIDs == sessions.filter { $0.rating == bar.rating }.map(\.id)) }
        #expect(report.unratedSessionIDs == sessions.filter { $0.rating == nil }.map(\.id))

        let overdue = sessions.filter { s in s.followUpDue.map { $0 < Self.today } == true && !s.followUpDone }
        #expect(Set(report.overdueFollowUps.map(\.sessionID)) == Set(overdue.map(\.id)))
        #expect(report.overdueFollowUps.map(\.due) == report.overdueFollowUps.map(\.due).sorted())
        for o in report.overdueFollowUps { #expect(o.daysOverdue == Self.today - o.due) }

        for row in report.pairsByCohort {
            let inCohort = pairings.filter { $0.cohort == row.cohort }
            #expect(row.active == inCohort.filter(\.isActive).map(\.key))
            #expect(row.ended == inCohort.filter { !$0.isActive }.map(\.key))
        }
        #expect(report.pairsByCohort.reduce(0) { $0 + $1.total } == pairings.count)

        // Stale: active, no session (since the start) for more than the threshold.
        var expectedStale: [PairKey: Int] = [:]
        for p in pairings where p.isActive {
            let last = data.sessions.filter { $0.pair == p.key }.map(\.date).max().flatMap { $0 >= p.start ? $0 : nil }
            let quiet = Self.today - (last ?? p.start)
            if quiet > data.forum.staleAfterDays { expectedStale[p.key] = quiet }
        }
        #expect(report.stalePairs.count == expectedStale.count)
        for s in report.stalePairs { #expect(expectedStale[s.pairing.key] == s.daysQuiet) }
        #expect(report.stalePairs.map(\.daysQuiet) == report.stalePairs.map(\.daysQuiet).sorted(by: >))

        #expect(report.fit.good == pairings.filter { $0.fit?.verdict == .good }.map(\.key))
        #expect(report.fit.poor == pairings.filter { $0.fit?.verdict == .poor }.map(\.key))
        #expect(report.fit.unchecked == pairings.filter { $0.fit == nil }.map(\.key))
        let scopeKeys = Set(pairings.map(\.key))
        let flagged = Set(pairings.map(\.key)).filter { data.fitFlag(for: $0) != nil }
        #expect(Set(report.fit.flagged) == flagged && report.fit.flagged.allSatisfy(scopeKeys.contains))

        // Goals against the sessions model's own per-pair count, for pairs whose
        // goal is on their latest pairing (the one that function reads).
        #expect(report.goals.count == pairings.filter { $0.goal != nil }.count)
        for g in report.goals where data.latestPairing(for: g.pair)?.goal != nil
            && pairings.filter({ $0.key == g.pair }).count == 1 && data.pairings.filter({ $0.key == g.pair }).count == 1 {
            #expect(data.goalProgress(for: g.pair) == g.progress)
        }

        // Events: every in-scope session with other cities, counted for each attending city.
        let eventSessions = sessions.filter { !$0.cities.isEmpty }
        #expect(report.eventCount == eventSessions.count)
        var perCity: [String: [String]] = [:]
        for s in eventSessions { for c in [s.pilot, s.peer] + s.cities { perCity[c, default: []].append(s.id) } }
        #expect(report.eventsPerCity.count == perCity.count)
        for row in report.eventsPerCity { #expect(perCity[row.city] == row.sessionIDs) }
        #expect(report.eventsPerCity.map(\.count) == report.eventsPerCity.map(\.count).sorted(by: >))

        // Coverage: a peer with any pairing in scope has a pilot (as `match` counts it).
        let byID = Dictionary(uniqueKeysWithValues: data.cities.map { ($0.id, $0) })
        let pairedPeers = Set(pairings.map(\.peer))
        var expectedAreas: [String] = []
        for area in data.forum.areas {
            let a = area.id
            let asking = data.cities.filter { $0.role == .peer && $0.level(of: a) != nil }.map(\.id)
            let pairs = Set(pairings.filter { byID[$0.pilot]?.level(of: a) != nil && byID[$0.peer]?.level(of: a) != nil }.map(\.key))
            guard !asking.isEmpty || !pairs.isEmpty else { continue }
            expectedAreas.append(a)
            guard let row = report.coverage.first(where: { $0.area.id == a }) else { continue }
            #expect(row.pilotsOffering == data.cities.filter { $0.role == .pilot && $0.level(of: a) != nil }.count)
            #expect(row.peersAsking == asking.count)
            #expect(Set(row.pairs) == pairs && row.pairs.count == pairs.count && row.pairsFormed == pairs.count)
            #expect(row.unmetPeers == asking.filter { !pairedPeers.contains($0) })
            #expect(row.demandUnmet == row.unmetPeers.count)
        }
        #expect(report.coverage.map(\.area.id) == expectedAreas)
    }

    @Test func progressReportsAndCancels() throws {
        let data = Fixtures.activityForum(seed: 9, cities: 100, sessions: 20_000)
        var calls: [(Int, Int)] = []
        _ = try ReportBuilder.build(data, today: Self.today) { done, total in calls.append((done, total)); return true }
        #expect(calls.count > 1)
        #expect(calls.last.map { $0.0 == $0.1 && $0.1 == 20_000 } == true)
        #expect(throws: CancellationError.self) {
            try ReportBuilder.build(data, today: Self.today) { _, _ in false }
        }
    }

    @Test func emptyForumHasNoBars() throws {
        let report = try ReportBuilder.build(ForumData(forum: Forum(name: "Empty")), today: Self.today)
        #expect(report.sessionsPerMonth.isEmpty && report.pairsByCohort.isEmpty && report.stalePairs.isEmpty)
        #expect(report.ratings.map(\.rating) == [1, 2, 3, 4, 5])
        #expect(report.coverage.isEmpty)
    }

    @Test func monthsCrossYears() {
        #expect(Month(Day("2025-12-31")!).next == Month(year: 2026, month: 1))
        #expect("\(Month(Day("0999-02-03")!))" == "0999-02")
    }
}
