import PeerMatchCore

/// Sessions list benchmarks (issue 16): with 100,000 sessions, filtering and
/// searching must take < 16 ms per keystroke. Each "keystroke" is one
/// `SessionIndex.matching` call with the filter as it stands after the key;
/// the baseline is the plain way: every session's fields folded once, then
/// `String.contains` on each per query.
///
///     swift build -c release && .build/release/peermatch-bench sessions [--runs N] [--generator PATH]
enum SessionBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 15
        let gen = Bench.generator(args)
        let dir = Bench.mkdtemp("pm-bench-sessions")
        defer { Bench.shell("rm -rf '\(dir)'") }
        Bench.shell("python3 '\(gen)' --cities 13000 --out '\(dir)/roster.csv' --sessions 100000 --sessions-out '\(dir)/sessions.csv'")
        var data = ForumData(forum: Forum(name: "bench"))
        do {
            data.cities = try RosterReader.parse(try PlainFile.read("\(dir)/roster.csv")!, file: "roster.csv", forum: data.forum)
            data.normalize()
            let rows = try SessionReader.parse(try PlainFile.read("\(dir)/sessions.csv")!, file: "sessions.csv", data: data, allowUnpaired: true)
            _ = ForumImport.mergeSessions(rows, into: &data)
        } catch {
            fatalError("cannot read the generated forum: \(error)")
        }
        precondition(data.sessions.count == 100_000, "expected 100,000 sessions, got \(data.sessions.count)")
        print("sessions benchmarks: \(data.sessions.count.grouped) sessions, \(data.cities.count.grouped) cities, \(runs) runs each")

        var index: SessionIndex?
        let buildTimes = (0..<max(3, runs / 3)).map { _ in Bench.time { index = SessionIndex(data) } }
        let idx = index!
        print("build the index (once per load): median \(Bench.ms(Bench.median(buildTimes))) ms")

        var baselineIndex: [String] = []
        let baselineBuild = Bench.time { baselineIndex = baselineKeys(data) }
        print("build the baseline's folded strings: \(Bench.ms(baselineBuild)) ms")

        // What a person types: a city name letter by letter, then a filter or two on top.
        let city = data.cities.first { $0.name.contains("é") || $0.name.contains("ã") }?.name ?? data.cities[0].name
        let typed = Array(SearchFolding.fold(city).prefix(6))
        var filters: [(String, SessionFilter)] = []
        for n in 1...typed.count {
            filters.append(("search \"\(String(typed.prefix(n)))\"", SessionFilter(search: String(typed.prefix(n)))))
        }
        let someCity = data.sessions[data.sessions.count / 2].pilot
        let area = data.forum.areaIDs[0]
        filters += [
            ("no filter", SessionFilter()),
            ("city \(someCity)", SessionFilter(city: someCity)),
            ("area + format", SessionFilter(area: area, format: .webinar)),
            ("date range + rating 4-5", SessionFilter(from: Day("2025-01-01"), to: Day("2025-12-31"), ratings: 4...5)),
            ("open follow-ups", SessionFilter(openFollowUpsOnly: true)),
            ("search \"flood\" + area", SessionFilter(area: area, search: "flood")),
            ("search, no hit", SessionFilter(search: "zzqx")),
        ]
        var worst = 0.0
        print(String(repeating: " ", count: 30) + "  index ms (median, max)   baseline ms (median)   hits")
        for (label, f) in filters {
            var hits: [Int] = []
            let t = (0..<runs).map { _ in Bench.time { hits = idx.matching(f) } }
            var baseHits: [Int] = []
            let b = (0..<max(3, runs / 3)).map { _ in Bench.time { baseHits = baseline(data, baselineIndex, f) } }
            // Validity: the index finds exactly what the plain scan finds.
            precondition(hits == baseHits, "\(label): index and plain scan disagree (\(hits.count) vs \(baseHits.count))")
            worst = max(worst, Bench.median(t))
            let name = label.padding(toLength: 30, withPad: " ", startingAt: 0)
            print("\(name)  \(Bench.ms(Bench.median(t))), \(Bench.ms(t.max()!))".padding(toLength: 58, withPad: " ", startingAt: 0)
                + "\(Bench.ms(Bench.median(b)))".padding(toLength: 23, withPad: " ", startingAt: 0) + "\(hits.count.grouped)")
        }
        print("worst median, each query from scratch: \(Bench.ms(worst)) ms (target < 16 ms)")

        // Typing through SessionSearch, as the screen does: a key that extends
        // the search looks only at the previous key's hits.
        let word = Array(typed)
        var perKey = [[Double]](repeating: [], count: word.count)
        for _ in 0..<runs {
            var search = SessionSearch()
            for n in 1...word.count {
                let f = SessionFilter(search: String(word.prefix(n)))
                var hits: [Int] = []
                perKey[n - 1].append(Bench.time { hits = search.matching(f, in: idx) })
                precondition(hits == idx.matching(f), "typing: \(f.search) differs from a fresh query")
            }
        }
        let keys = perKey.enumerated().map { "\"\(String(word.prefix($0.offset + 1)))\" \(Bench.ms(Bench.median($0.element)))" }
        print("typing \"\(String(word))\" through SessionSearch, median ms per key: " + keys.joined(separator: ", "))
        print("worst median per keystroke while typing: \(Bench.ms(perKey.map(Bench.median).max()!)) ms (target < 16 ms)")
    }

    /// The plain way's search text: one folded String per session.
    static func baselineKeys(_ data: ForumData) -> [String] {
        var names: [String: String] = [:]
        for c in data.cities { names[c.id] = SearchFolding.fold(c.name) }
        return data.sessions.map { s in
            var parts = [s.id]
            for c in s.attendingCities { parts += [c, names[c] ?? ""] }
            parts += [s.format.rawValue, s.area ?? "", SearchFolding.fold(s.outcome), SearchFolding.fold(s.followUp)]
            return parts.joined(separator: "\u{1F}")
        }
    }

    static func baseline(_ data: ForumData, _ keys: [String], _ f: SessionFilter) -> [Int] {
        let q = SearchFolding.fold(f.search)
        return data.sessions.indices.filter { i in
            f.matchesFields(data.sessions[i]) && (q.isEmpty || keys[i].contains(q))
        }
    }
}
