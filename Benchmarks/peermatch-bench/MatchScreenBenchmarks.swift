import PeerMatchCore
import PeerMatchTUI
import PeerMatchTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The Match screen (issue 15) on the in-memory terminal at 200×50, 13,000
/// cities (`Fixtures.activityForum`, seed 1): the first run, an edit → the
/// re-solved proposals on screen, and keys handled and drawn while a solve runs.
///
///     swift build -c release && .build/release/peermatch-bench match-screen [--runs N]
enum MatchScreenBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 5
        let data = Fixtures.activityForum(seed: 1, cities: 13_000, sessions: 20_000)
        var model = AppModel(data: data, folder: DataFolder(path: "/nonexistent"), width: 200, height: 50)
        var loop = EventLoop(terminal: GridTerminal(width: 200, height: 50))
        func key(_ action: Action) -> InputEvent {
            .key(Keymap.all.lazy.compactMap { $0.binding(for: action)?.keys.first }.first!)
        }
        func settle() {
            while !loop.jobs.isIdle { if !loop.pump(&model) { usleep(200) } }
            loop.pump(&model)
            loop.draw(model)
        }
        print("match-screen benchmarks: 200×50, \(data.cities.count.grouped) cities, \(data.sessions.count.grouped) sessions")
        loop.step(&model, key(.showMatch))
        var start = Bench.now()
        loop.step(&model, key(.runMatch))
        settle()
        let pairs = model.workspace.proposals?.pairs.count ?? 0
        precondition(pairs > 0, "the first run proposed nothing")
        print("first run: \(pairs.grouped) proposals on screen after \(Bench.ms(Bench.now() - start)) ms")

        // Edit → re-solved proposals on screen: pin (on a proposal, then undo), exclude (note overlay, Enter).
        var frames: [Double] = []
        var editKey: [Double] = [], edited: [Double] = []
        for _ in 0..<runs {
            for action in [Action.togglePin, .excludePair] {
                start = Bench.now()
                editKey.append(Bench.time {
                    loop.step(&model, key(action))
                    if action == .excludePair { loop.step(&model, key(.acceptText)) }
                })
                settle()
                edited.append(Bench.now() - start)
                precondition(!model.workspace.proposalsAreStale, "the proposals were not re-solved")
                frames.append(Bench.time { loop.draw(model) })
                loop.step(&model, key(.undo))
                settle()
            }
        }
        print("edit key (pin / exclude + Enter): median \(Bench.ms(Bench.median(editKey))) ms, p99 \(Bench.ms(Bench.percentile(editKey, 99))) ms")
        print("edit → re-solved proposals on screen: median \(Bench.ms(Bench.median(edited))) ms, max \(Bench.ms(edited.max()!)) ms")
        print("one Match frame (\(pairs.grouped) pairs): median \(Bench.ms(Bench.median(frames))) ms")

        // Keys while a solve runs: ↓ ↑ every 2 ms until the result lands.
        var during: [Double] = []
        for _ in 0..<runs {
            loop.step(&model, key(.runMatch))
            var k = 0
            while !loop.jobs.isIdle {
                during.append(Bench.time { loop.step(&model, k % 2 == 0 ? key(.moveDown) : key(.moveUp)) })
                loop.pump(&model)
                k += 1
                usleep(2000)
            }
            settle()
        }
        print("↓ ↑ while a solve runs (\(during.count) keys): median \(Bench.ms(Bench.median(during))) ms, "
              + "p99 \(Bench.ms(Bench.percentile(during, 99))) ms, max \(Bench.ms(during.max() ?? 0)) ms")
    }
}
