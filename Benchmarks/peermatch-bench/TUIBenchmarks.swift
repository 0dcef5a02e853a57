import PeerMatchCore
import PeerMatchTUI
import PeerMatchTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Terminal UI benchmarks (issue 5), on the in-memory terminal at 200×50:
/// a data folder of 13,000 cities and 100,000 sessions. Targets: first full
/// frame < 300 ms from launch (load included), every keystroke handled and
/// drawn < 16 ms at the 99th percentile, peak memory < 200 MB.
///
///     swift build -c release && .build/release/peermatch-bench tui [--runs N] [--generator PATH] [--data DIR] [--reports-only]
///
/// Not measured here: ncurses sending the frame to a real terminal (the
/// backend writes only the cells that changed).
enum TUIBenchmarks {
    static let width = 200
    static let height = 50

    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 10
        var dir: String?
        let folder: String
        if let given = Bench.option("--data", in: args) {
            folder = given
        } else {
            let tmp = Bench.mkdtemp("pm-bench-tui")
            dir = tmp
            folder = "\(tmp)/big"
            let bin = Bench.peermatchBinary(), gen = Bench.generator(args)
            Bench.shell("python3 '\(gen)' --cities 13000 --out '\(tmp)/roster.csv' --sessions 100000 --sessions-out '\(tmp)/sessions.csv'")
            Bench.shell("'\(bin)' init '\(folder)' >/dev/null && '\(bin)' import cities '\(tmp)/roster.csv' --data '\(folder)' >/dev/null"
                        + " && '\(bin)' import sessions '\(tmp)/sessions.csv' --allow-unpaired --data '\(folder)' >/dev/null")
        }
        defer { if let dir { Bench.shell("rm -rf '\(dir)'") } }
        print("tui benchmarks: \(width)×\(height) in-memory terminal, data \(folder)")
        if args.contains("--reports-only") {
            var (model, loop, _, _) = launch(folder)
            reportsScreen(&model, &loop, runs: runs)
            return
        }
        wholeProcess(folder, runs: runs)

        // One whole session first, so peak memory counts one forum.
        var (model, loop, firstFrame, table) = launch(folder)
        precondition(model.catalog.count == 13000 && model.catalog.data.sessions.count == 100_000, "load lost records")
        precondition(loop.terminal.frame.line(2).hasPrefix("name"), "first frame is not the cities table")
        print("first run: first frame (\"loading…\") \(Bench.ms(firstFrame)) ms, table on screen \(Bench.ms(table)) ms from launch")

        var timings: [(String, [Double])] = []
        func measure(_ kind: String, _ events: [InputEvent]) {
            var t: [Double] = []
            t.reserveCapacity(events.count)
            for e in events { t.append(Bench.time { loop.step(&model, e) }) }
            timings.append((kind, t))
        }
        // From the keymaps, not the model: `key` is called inside calls that
        // hold `&model`, and reading the model there is an access conflict.
        func key(_ action: Action) -> InputEvent {
            let k = Keymap.all.lazy.compactMap { $0.binding(for: action)?.keys.first }.first
            precondition(k != nil, "\(action) is in no keymap")
            return .key(k!)
        }

        // Moving: rows one by one, pages, ends.
        var moves: [InputEvent] = Array(repeating: key(.moveDown), count: 800)
        moves += Array(repeating: key(.pageDown), count: 100) + [key(.moveLast), key(.moveFirst)]
        moves += Array(repeating: key(.moveUp), count: 50)
        measure("move (↓ ↑ PgDn Home End)", moves)

        // Filters: cycle the role filter, then the chooser picks an area and clears it.
        measure("filter: role cycle", Array(repeating: key(.cycleRole), count: 200))
        var chooser: [InputEvent] = []
        for _ in 0..<20 {
            chooser += [.key(.character("f")), .key(.down), .key(.enter), .key(.down), .key(.down), .key(.enter)]
            chooser += [.key(.character("x"))]
        }
        measure("filter: chooser keys (f, ↓, Enter, x)", chooser)

        // Search typing: queries from real names in the forum, typed then erased.
        var typing: [InputEvent] = []
        let names = model.catalog.data.cities.map(\.name)
        var rng = SplitMix64(seed: 42)
        for _ in 0..<40 {
            let name = names[Int(rng.next() % UInt64(names.count))]
            typing.append(key(.startSearch))
            let query = String(SearchFolding.fold(name).prefix(6))
            for c in query { typing.append(.key(.character(c))) }
            for _ in 0..<query.count { typing.append(.key(.backspace)) }
            typing.append(.key(.escape))
        }
        measure("search typing (type, Backspace, Esc)", typing)

        // Validity: the search agrees with the core's filter.
        loop.step(&model, key(.startSearch))
        for c in "sao" { loop.step(&model, .key(.character(c))) }
        let expected = model.catalog.data.cities.filter(CityFilter(search: "sao").matches).count
        precondition(model.cities.visible.count == expected, "search found \(model.cities.visible.count), core filter \(expected)")
        loop.step(&model, .key(.escape))

        measure("sort (s)", Array(repeating: key(.sortNext), count: 12))
        sortKeys(&model, &loop, next: key(.sortNext), reverse: key(.sortReverse), search: key(.startSearch), clear: key(.clearSearch))
        chooserCountsAndCityView(&model, &loop, role: key(.cycleRole), open: key(.openCity))

        // Keys while optimal solves of the 13,000 cities run in the background
        // (ten in a row, as one solve of this roster is short), with progress.
        let data = model.catalog.data
        let solves = 10
        loop.perform(model.apply([.startJob(BackgroundJob("solving") { progress in
            var pairs = 0
            for i in 0..<solves {
                pairs = try MatchEngine.run(data, algorithm: .optimal).pairs.count
                try progress.checkCancelled()
                progress.report(Double(i + 1) / Double(solves), "solve \(i + 1) of \(solves)")
            }
            return .message(.result(pairs, tag: "bench-solve"))
        })]), &model)
        var during: [Double] = []
        var k = 0
        let solveStart = Bench.now()
        while !loop.jobs.isIdle {
            let e: InputEvent = k % 2 == 0 ? key(.moveDown) : key(.moveUp)
            during.append(Bench.time { loop.step(&model, e) })
            loop.pump(&model)
            k += 1
            usleep(2000)
        }
        loop.pump(&model)
        print("background: \(solves) optimal solves took \(Bench.ms(Bench.now() - solveStart)) ms while \(during.count) keys were handled; "
              + "status after: \(model.message ?? "none (the result landed)")")
        timings.append(("↓ ↑ while a solve runs", during))
        // Mentors: m on a city, then Esc, down the list.
        var mentors: [InputEvent] = []
        for _ in 0..<30 { mentors += [key(.openPartners), .key(.escape), .key(.down)] }
        measure("mentors (m, Esc, ↓)", mentors)
        // An edit of the working copy and its undo: the key applies the edit
        // to a copy of the data and starts preparing the catalog in the
        // background; the screens switch when it lands.
        let firstID = model.catalog.data.cities[0].id
        var editKeys: [Double] = [], landed: [Double] = []
        func settle() {
            while !loop.jobs.isIdle { if !loop.pump(&model) { usleep(200) } }
            loop.pump(&model)
            loop.draw(model)
        }
        let undo = key(.undo)
        for i in 0..<5 {
            let edit = ReversibleEdit("rename \(firstID)") { data in data.cities[0].name = "Renamed \(i)" }
            var start = Bench.now()
            editKeys.append(Bench.time { loop.perform(model.apply([.edit(edit)]), &model); loop.draw(model) })
            settle()
            landed.append(Bench.now() - start)
            precondition(model.catalog.data.cities[0].name == "Renamed \(i)", "the edit did not land")
            start = Bench.now()
            editKeys.append(Bench.time { loop.step(&model, undo) })
            settle()
            landed.append(Bench.now() - start)
        }
        print("edit or undo at \(model.catalog.count.grouped) cities: the key median \(Bench.ms(Bench.median(editKeys))) ms "
              + "(max \(Bench.ms(editKeys.max()!))), shown after median \(Bench.ms(Bench.median(landed))) ms "
              + "(max \(Bench.ms(landed.max()!))), over \(editKeys.count)")
        let peakMB = Bench.selfMaxResidentMB()
        reportsScreen(&model, &loop, runs: runs)

        Bench.printKeystrokeTable(timings)
        print("peak RSS after one launch and every keystroke above: \(String(format1: peakMB)) MB")

        // First frame, more runs (the earlier forum is freed before each).
        var firsts: [Double] = [firstFrame], tables: [Double] = [table]
        model = AppModel(data: ForumData(forum: Forum(name: "")), folder: DataFolder(path: "/nonexistent"), width: 1, height: 1)
        for _ in 1..<runs {
            let l = launch(folder, verbose: false)
            firsts.append(l.firstFrame)
            tables.append(l.table)
        }
        print("first frame (loading…) from launch: median \(Bench.ms(Bench.median(firsts))) ms, "
              + "max \(Bench.ms(firsts.max()!)) ms over \(firsts.count) runs")
        print("table on screen (background load + prepare + draw): median \(Bench.ms(Bench.median(tables))) ms, "
              + "max \(Bench.ms(tables.max()!)) ms over \(tables.count) runs")
    }

    /// Sorting 13,000 cities (issue 14: < 16 ms): `s` through every column
    /// and `S` (reverse), each a resort, refilter and full frame; with a
    /// search active too, as the filter runs over the new order.
    static func sortKeys(_ model: inout AppModel, _ loop: inout EventLoop<GridTerminal>,
                         next sortNext: InputEvent, reverse sortReverse: InputEvent, search: InputEvent, clear: InputEvent) {
        var next: [Double] = [], reverse: [Double] = []
        for _ in 0..<40 {
            next.append(Bench.time { loop.step(&model, sortNext) })
            reverse.append(Bench.time { loop.step(&model, sortReverse) })
        }
        loop.step(&model, search)
        for c in "an" { loop.step(&model, .key(.character(c))) }
        loop.step(&model, .key(.enter))
        var searched: [Double] = []
        for _ in 0..<40 { searched.append(Bench.time { loop.step(&model, sortNext) }) }
        loop.step(&model, clear)
        print("sort keys at \(model.catalog.count.grouped) cities: s median \(Bench.ms(Bench.median(next))) ms "
              + "(max \(Bench.ms(next.max()!))), S median \(Bench.ms(Bench.median(reverse))) ms "
              + "(max \(Bench.ms(reverse.max()!))), s with search \"an\" median \(Bench.ms(Bench.median(searched))) ms "
              + "(max \(Bench.ms(searched.max()!))), 40 each")
    }

    /// The chooser's counts taken within the other filters (role:pilot and a
    /// search), on every chooser key; then the City view (the full city page,
    /// with its pairing history and latest sessions), opened and closed.
    static func chooserCountsAndCityView(_ model: inout AppModel, _ loop: inout EventLoop<GridTerminal>,
                                         role: InputEvent, open: InputEvent) {
        loop.step(&model, role)
        loop.step(&model, .key(.character("/")))
        for c in "an" { loop.step(&model, .key(.character(c))) }
        loop.step(&model, .key(.enter))
        var chooser: [Double] = []
        for _ in 0..<10 {
            let keys: [InputEvent] = [.key(.character("f")), .key(.down), .key(.down), .key(.enter)]
                + Array(repeating: .key(.down), count: 5) + [.key(.escape), .key(.escape)]
            for k in keys { chooser.append(Bench.time { loop.step(&model, k) }) }
        }
        loop.step(&model, .key(.escape))
        for _ in 0..<3 { loop.step(&model, role) }
        var city: [Double] = []
        for _ in 0..<20 {
            city.append(Bench.time { loop.step(&model, open) })
            city.append(Bench.time { loop.step(&model, .key(.escape)) })
            loop.step(&model, .key(.down))
        }
        print("chooser keys with role:pilot and a search: median \(Bench.ms(Bench.median(chooser))) ms, "
              + "max \(Bench.ms(chooser.max()!)) over \(chooser.count); City view open/close: median "
              + "\(Bench.ms(Bench.median(city))) ms, max \(Bench.ms(city.max()!)) over \(city.count)")
    }

    /// The real binary in a real terminal (tmux, 200×50): from starting the
    /// process to the table being on screen, and the process's peak memory
    /// after a search and a mentors list. Runs before anything is loaded in
    /// this process (see Benchmarks/README on vfork and peak RSS).
    static func wholeProcess(_ folder: String, runs: Int) {
        guard Bench.spawn(["/bin/sh", "-c", "command -v tmux && test -x /usr/bin/time"]).status == 0 else {
            print("whole process: skipped (needs tmux and /usr/bin/time)")
            return
        }
        let bin = Bench.peermatchBinary()
        let dir = Bench.mkdtemp("pm-bench-tui-tmux")
        defer { Bench.shell("rm -rf '\(dir)'") }
        var seconds: [Double] = []
        var peaks: [Double] = []
        for i in 0..<runs {
            let socket = "pm-bench-\(getpid())-\(i)"
            let script = """
                tmux -L \(socket) new-session -d -x \(width) -y \(height) \
                  "LANG=C.UTF-8 TERM=screen /usr/bin/time -f %M -o '\(dir)/rss-\(i)' '\(bin)' --data '\(folder)'"
                start=$(date +%s%N)
                n=0
                until tmux -L \(socket) capture-pane -p | grep -q 'sort:name'; do
                  sleep 0.002; n=$((n + 1)); [ $n -lt 5000 ] || exit 1
                done
                end=$(date +%s%N)
                echo $(( (end - start) / 1000 )) > '\(dir)/us-\(i)'
                tmux -L \(socket) send-keys / sao; sleep 0.2
                tmux -L \(socket) send-keys Escape; sleep 0.1; tmux -L \(socket) send-keys m; sleep 0.3
                tmux -L \(socket) send-keys q; sleep 0.3
                tmux -L \(socket) kill-server 2>/dev/null
                exit 0
                """
            let run = Bench.spawn(["/bin/sh", "-c", script])
            precondition(run.status == 0, "the app did not show its table in tmux")
            let micros = readNumber("\(dir)/us-\(i)") ?? .nan
            seconds.append(micros / 1e6)
            if let kb = readNumber("\(dir)/rss-\(i)") { peaks.append(kb / 1024) }
        }
        print("whole process in tmux \(width)×\(height): first frame on screen median \(Bench.ms(Bench.median(seconds))) ms, "
              + "max \(Bench.ms(seconds.max()!)) ms over \(runs) runs; peak RSS \(peaks.isEmpty ? "?" : String(format1: peaks.max()!)) MB")
    }

    /// The number on the first line of a small file.
    static func readNumber(_ path: String) -> Double? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 64)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Double(line.filter { !$0.isWhitespace })
    }

    /// What `peermatch` does on start with a terminal of 200×50: the
    /// "loading…" frame, then the load in the background, then the table.
    static func launch(_ folder: String, verbose: Bool = true)
        -> (model: AppModel, loop: EventLoop<GridTerminal>, firstFrame: Double, table: Double) {
        let start = Bench.now()
        var model = AppModel(folder: DataFolder(path: folder), width: width, height: height)
        var loop = EventLoop(terminal: GridTerminal(width: width, height: height))
        loop.perform(model.start(), &model)
        loop.draw(model)
        let first = Bench.now()
        while !model.isLoaded {
            if !loop.pump(&model) { usleep(500) }
            precondition(model.failure == nil, "load failed: \(model.failure!)")
        }
        loop.draw(model)
        let end = Bench.now()
        if verbose {
            print("  launch: first frame \(Bench.ms(first - start)) ms, table \(Bench.ms(end - start)) ms")
        }
        return (model, loop, first - start, end - start)
    }
}
