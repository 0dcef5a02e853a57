#if canImport(Glibc)
import Glibc
#endif
import PeerMatchCore
import PeerMatchTUI
import PeerMatchTestSupport

/// The Sessions screen (issue 16) on the in-memory terminal: 100,000
/// sessions of 13,000 cities (`Fixtures.activityForum`), each keystroke of
/// filtering and searching the list handled AND drawn (the pair timeline
/// included), and edits (log via the form, follow-up done, delete, undo)
/// with the keystroke after each. Target: < 16 ms per keystroke, median and p99.
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
        // What a load or reload pays, in the background (an edit is patched in instead: below).
        let builds = (0..<3).map { _ in Bench.time { _ = SessionsState(data: data, today: Day("2026-06-01")!) } }
        let opened = Bench.time { loop.step(&model, key(.showSessions, in: .global)) }
        precondition(loop.terminal.frame.line(1).hasPrefix("[sessions]"), "not on the Sessions screen")
        precondition(loop.terminal.frame.line(1).hasSuffix("100,000 of 100,000"), "sessions lost: \(loop.terminal.frame.line(1))")
        print("tui-sessions: \(width)×\(height), \(data.sessions.count.grouped) sessions, \(data.cities.count.grouped) cities; "
              + "first frame of the screen \(Bench.ms(opened)) ms; "
              + "its state (index, follow-ups, stale pairs, pair slices) built in median \(Bench.ms(Bench.median(builds))) ms per load (in the background)")

        var timings: [(String, [Double])] = []
        func measure(_ kind: String, _ events: [InputEvent]) {
            var t: [Double] = []
            for _ in 0..<runs { for e in events { t.append(Bench.time { loop.step(&model, e) }) } }
            timings.append((kind, t))
        }
        // Filters: each key refilters all 100,000 sessions.
        // `C` opens the city picker (13,000 cities, the selected session's first): Enter takes its pilot, `C` again clears.
        let filterKeys: [InputEvent] = [Action.cycleFormatFilter, .cycleFormatFilter, .cycleRatingFilter, .toggleOpenFollowUps,
                                        .filterToPair, .filterToPair, .filterToCity].map { key($0, in: .sessions) }
            + [key(.pickCity, in: .pairPicker)]
            + [Action.filterToCity, .cycleRatingFilter, .toggleOpenFollowUps, .clearFilters].map { key($0, in: .sessions) }
        measure("filter keys (t r o p C Enter C x)", Array(repeating: filterKeys, count: 20).flatMap { $0 })
        precondition(model.overlayCount == 0 && loop.terminal.frame.line(1).contains("no filters"), "the filter keys went astray")
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

        // Edits: the edit key, then the keystroke after it. The edit's data is
        // prepared in the background; what lands on the input thread (each
        // screen's reload) delays whatever key comes next, so that key is timed
        // with the landing before it.
        var editKeys: [Double] = [], nextKeys: [Double] = [], formKeys: [Double] = []
        func press(_ action: Action, in map: Keymap) -> Double { Bench.time { loop.step(&model, key(action, in: map)) } }
        var byKind: [(kind: String, edit: Double, next: Double)] = []
        func afterEdit(_ editKey: Double, _ kind: String) {
            editKeys.append(editKey)
            defer { byKind.append((kind, editKey, nextKeys.last!)) }
            // Wait for the background work to report, as the event loop does (not the input thread's time).
            var wake = pollfd(fd: loop.jobs.wakeDescriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&wake, 1, 60_000)
            nextKeys.append(Bench.time {
                if loop.pump(&model) { loop.draw(model) }
                loop.step(&model, key(.moveDown, in: .navigation))
            })
        }
        for round in 0..<(runs * 4) {
            // Log via the form: open it on a stale (so active) pair, choose a format, save.
            _ = press(.nextSessionView, in: .sessions)
            _ = press(.nextSessionView, in: .sessions)
            precondition(loop.terminal.frame.line(1).hasPrefix("[stale pairs]"))
            formKeys.append(press(.logSession, in: .sessions))
            formKeys.append(press(.nextField, in: .sessionForm))
            formKeys.append(press(.nextField, in: .sessionForm))
            formKeys.append(press(.nextChoice, in: .sessionForm))
            var t = press(.submitForm, in: .sessionForm)
            if model.overlayCount > 0 { t += press(.confirm, in: .confirmation) }  // the pair is not paired: log anyway
            guard model.overlayCount == 0, loop.terminal.frame.line(1).hasPrefix("[sessions]") else {
                print("the form did not save: \(model.message ?? "")\n" + loop.terminal.frame.lines.joined(separator: "\n"))
                exit(1)
            }
            afterEdit(t, "form save (Enter)")
            // Follow-up done, on a session with an open one.
            _ = press(.toggleOpenFollowUps, in: .sessions)
            for _ in 0..<round { _ = press(.moveDown, in: .navigation) }
            afterEdit(press(.toggleFollowUpDone, in: .sessions), "follow-up done (c)")
            _ = press(.clearFilters, in: .sessions)
            // Delete (asks first), then undo it.
            _ = press(.deleteSession, in: .sessions)
            afterEdit(press(.confirm, in: .confirmation), "delete (d, then y)")
            afterEdit(press(.undo, in: .edits), "undo (u)")
        }
        precondition(model.hasUnsavedEdits, "no edit was made")
        print("edits at \(model.catalog.data.sessions.count.grouped) sessions: edit key (form save, c, delete y, u) "
              + "median \(Bench.ms(Bench.median(editKeys))) ms, p99 \(Bench.ms(Bench.percentile(editKeys, 99))) ms; "
              + "the keystroke after it (with the edit landing) median \(Bench.ms(Bench.median(nextKeys))) ms, "
              + "p99 \(Bench.ms(Bench.percentile(nextKeys, 99))) ms, max \(Bench.ms(nextKeys.max()!)) ms (\(nextKeys.count) edits); "
              + "log form keys median \(Bench.ms(Bench.median(formKeys))) ms, p99 \(Bench.ms(Bench.percentile(formKeys, 99))) ms")
        print("| edit | count | edit key median | p99 | next keystroke median | p99 |")
        print("| --- | --- | --- | --- | --- | --- |")
        for kind in ["form save (Enter)", "follow-up done (c)", "delete (d, then y)", "undo (u)"] {
            let e = byKind.filter { $0.kind == kind }
            print("| \(kind) | \(e.count) | \(Bench.ms(Bench.median(e.map(\.edit)))) ms | \(Bench.ms(Bench.percentile(e.map(\.edit), 99))) ms "
                  + "| \(Bench.ms(Bench.median(e.map(\.next)))) ms | \(Bench.ms(Bench.percentile(e.map(\.next), 99))) ms |")
        }
        timings.append(("edit keys (form save, c, delete y, u)", editKeys))
        timings.append(("the keystroke after an edit (its landing included)", nextKeys))
        timings.append(("log form keys (a, Tab, →)", formKeys))

        Bench.printKeystrokeTable(timings)
    }
}
