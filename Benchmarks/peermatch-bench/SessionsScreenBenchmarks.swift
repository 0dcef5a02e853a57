import PeerMatchCore
import PeerMatchTUI
import PeerMatchTestSupport

/// The Sessions screen (issue 16) on the in-memory terminal: 100,000
/// sessions of 13,000 cities (`Fixtures.activityForum`), each keystroke of
/// filtering and searching the list handled AND drawn (the pair timeline
/// included). Target: < 16 ms per keystroke, median and p99.
///
///     swift build -c release && .build/release/peermatch-bench tui-sessions [--runs N] [--width W --height H]
enum SessionsScreenBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 3
        let width = Bench.option("--width", in: args).flatMap(Int.init) ?? 80
        let height = Bench.option("--height", in: args).flatMap(Int.init) ?? 24
        let data = Fixtures.activityForum(seed: 16, cities: 13_000, sessions: 100_000)
        var model = AppModel(data: data, folder: DataFolder(path: "bench"), width: width, height: height)
        var loop = EventLoop(terminal: GridTerminal(width: width, height: height))
        loop.draw(model)
        func key(_ action: Action, in map: Keymap) -> InputEvent { .key(map.binding(for: action)!.keys.first!) }
        // What every load, edit and undo pays on the input thread (SessionsController.reload).
        let builds = (0..<3).map { _ in Bench.time { _ = SessionsState(data: data, today: Day("2026-06-01")!) } }
        let opened = Bench.time { loop.step(&model, key(.showSessions, in: .global)) }
        precondition(loop.terminal.frame.line(1).hasPrefix("[sessions]"), "not on the Sessions screen")
        precondition(loop.terminal.frame.line(1).hasSuffix("100,000 of 100,000"), "sessions lost: \(loop.terminal.frame.line(1))")
        print("tui-sessions: \(width)×\(height), \(data.sessions.count.grouped) sessions, \(data.cities.count.grouped) cities; "
              + "first frame of the screen \(Bench.ms(opened)) ms; "
              + "its state (index, follow-ups, stale pairs, pair slices) built in median \(Bench.ms(Bench.median(builds))) ms per load or edit")

        var timings: [(String, [Double])] = []
        func measure(_ kind: String, _ events: [InputEvent]) {
            var t: [Double] = []
            for _ in 0..<runs { for e in events { t.append(Bench.time { loop.step(&model, e) }) } }
            timings.append((kind, t))
        }
        // Filters: each key refilters all 100,000 sessions.
        let filterKeys: [Action] = [.cycleFormatFilter, .cycleFormatFilter, .cycleRatingFilter, .toggleOpenFollowUps,
                                    .filterToPair, .filterToPair, .filterToCity, .filterToCity, .cycleRatingFilter,
                                    .toggleOpenFollowUps, .clearFilters]
        measure("filter keys (t r o p C x)", Array(repeating: filterKeys.map { key($0, in: .sessions) }, count: 20).flatMap { $0 })
        // Search typing: words of outcomes and city names, typed then erased.
        var typing: [InputEvent] = []
        for query in ["send the", "chennai", "são paulo", "深圳", "budget 4", "<plan>", "webinar", "zzz", "c0004", "s00001"] {
            typing.append(key(.startSearch, in: .sessions))
            for c in query { typing.append(.key(.character(c))) }
            typing += [key(.acceptSearch, in: .search), key(.nextMatch, in: .sessions), key(.previousMatch, in: .sessions)]
            typing.append(key(.startSearch, in: .sessions))
            for _ in 0..<query.count { typing.append(key(.deleteSearchCharacter, in: .search)) }
            typing.append(key(.cancelSearch, in: .search))
        }
        measure("search (/, typing, n N, Backspace, Esc)", typing)
        // Search with a filter on: the narrowing search works on the filtered hits.
        var filtered: [InputEvent] = [key(.cycleRatingFilter, in: .sessions)]
        for query in ["send the plan", "surat"] {
            filtered.append(key(.startSearch, in: .sessions))
            for c in query { filtered.append(.key(.character(c))) }
            filtered.append(key(.cancelSearch, in: .search))
        }
        filtered.append(key(.clearFilters, in: .sessions))
        measure("search under a rating filter", filtered)
        measure("views (v) and moving", Array(repeating: [key(.nextSessionView, in: .sessions), key(.moveDown, in: .navigation),
                                                          key(.pageDown, in: .navigation)], count: 30).flatMap { $0 })

        print("| keystroke | count | median | p99 | max |")
        print("| --- | --- | --- | --- | --- |")
        var all: [Double] = []
        for (kind, t) in timings {
            all += t
            print("| \(kind) | \(t.count) | \(Bench.ms(Bench.median(t))) ms | \(Bench.ms(Bench.percentile(t, 99))) ms | \(Bench.ms(t.max()!)) ms |")
        }
        print("| all keystrokes | \(all.count) | \(Bench.ms(Bench.median(all))) ms | \(Bench.ms(Bench.percentile(all, 99))) ms | \(Bench.ms(all.max()!)) ms |")
    }
}
