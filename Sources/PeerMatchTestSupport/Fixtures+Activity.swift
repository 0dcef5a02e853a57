import PeerMatchCore

extension Fixtures {
    /// A forum with a history: `cityCount` cities (about a fifth pilots), a
    /// pairing for most peers (cohorts, active and ended, some without
    /// cohort), and `sessionCount` sessions of those pairs over 2024–2026
    /// with ratings, follow-ups and due dates, fit checks, learning goals with
    /// milestones ticked, and forum events. Names carry markup and other
    /// scripts. Deterministic for a seed; what report tests and the benchmark use.
    public static func activityForum(seed: UInt64, cities cityCount: Int, sessions sessionCount: Int) -> ForumData {
        var rng = SplitMix64(seed: seed)
        let areas = InterestArea.defaultTaxonomy.map(\.id)
        let names = ["Chennai சென்னை", "Shenzhen 深圳", "São Paulo", "Tunis & <Sfax>", "\"Quoted\" City", "Accra"]
        var cities: [City] = []
        for i in 0..<cityCount {
            let role: CityRole = i % 5 == 0 ? .pilot : i % 23 == 0 ? .member : .peer
            var interests: [String: Int] = [:]
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                interests[areas[Int.random(in: 0..<areas.count, using: &rng)]] = Int.random(in: 1...3, using: &rng)
            }
            cities.append(city(padded("c", i, 5), role, capacity: role == .pilot ? 8 : nil, interests,
                               name: "\(names[i % names.count]) \(i)"))
        }
        let pilots = cities.filter { $0.role == .pilot }, peers = cities.filter { $0.role == .peer }
        let cohorts = ["2024-spring", "2025-autumn", "", "Ñandú & <co>"]
        let first = Day("2024-01-01")!
        var pairings: [Pairing] = []
        for peer in peers where !pilots.isEmpty && Int.random(in: 0..<10, using: &rng) < 8 {
            let pilot = pilots[Int.random(in: 0..<pilots.count, using: &rng)]
            let start = first.adding(days: Int.random(in: 0..<900, using: &rng))
            let ended = Int.random(in: 0..<10, using: &rng) < 3
            var p = Pairing(pilot: pilot.id, peer: peer.id, status: ended ? .ended : .active, start: start,
                            end: ended ? start.adding(days: Int.random(in: 30...300, using: &rng)) : nil,
                            cohort: cohorts[Int.random(in: 0..<cohorts.count, using: &rng)])
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: p.fit = FitCheck(verdict: .good, date: start.adding(days: 20))
            case 1: p.fit = FitCheck(verdict: .poor, reason: "No <shared> language & no time", date: start.adding(days: 20))
            default: break
            }
            p.fitFlagCleared = Int.random(in: 0..<10, using: &rng) == 0
            if Int.random(in: 0..<3, using: &rng) == 0 {
                let n = Int.random(in: 1...4, using: &rng)
                p.goal = LearningGoal(text: "Adopt the <flood> plan & report",
                                      milestones: (1...n).map { .init(id: "m\($0)", text: "Step \($0)") })
            }
            pairings.append(p)
        }
        var sessions: [Session] = []
        if !pairings.isEmpty {
            for i in 0..<sessionCount {
                let p = pairings[Int.random(in: 0..<pairings.count, using: &rng)]
                let date = first.adding(days: Int.random(in: 0..<1096, using: &rng))
                let rated = Int.random(in: 0..<10, using: &rng) < 7
                let due = Int.random(in: 0..<10, using: &rng) < 4 ? date.adding(days: Int.random(in: 7...120, using: &rng)) : nil
                // A forum event now and then: a few other cities attended.
                var others: [String] = []
                if Int.random(in: 0..<10, using: &rng) == 0 {
                    for _ in 0..<Int.random(in: 1...4, using: &rng) {
                        let c = cities[Int.random(in: 0..<cities.count, using: &rng)].id
                        if c != p.pilot, c != p.peer, !others.contains(c) { others.append(c) }
                    }
                    others.sort()
                }
                var ticked: [String] = []
                if let goal = p.goal, Int.random(in: 0..<3, using: &rng) == 0 {
                    ticked = [goal.milestones[Int.random(in: 0..<goal.milestones.count, using: &rng)].id]
                }
                sessions.append(Session(
                    id: padded("s", i + 1, 6), date: date, pilot: p.pilot, peer: p.peer,
                    format: SessionFormat.allCases[i % SessionFormat.allCases.count], area: nil,
                    rating: rated ? Int.random(in: 1...5, using: &rng) : nil,
                    followUp: due == nil ? "" : "Send the <plan> & budget \(i)", followUpDue: due,
                    followUpDone: Bool.random(using: &rng), cities: others, milestones: ticked))
            }
        }
        return ForumData(forum: Forum(name: "Activity & <Forum>"), cities: cities, pairings: pairings, sessions: sessions)
    }

    /// "c00042": a prefix and a zero-padded number.
    static func padded(_ prefix: String, _ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
