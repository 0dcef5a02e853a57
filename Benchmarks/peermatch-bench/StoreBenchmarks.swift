import PeerMatchCore

/// Data folder benchmarks (issue: Foundation). Targets on a 2-core machine:
/// import of 13,000 cities < 1 s, loading 13,000 cities + 100,000 sessions
/// < 300 ms, peak memory < 150 MB.
///
///     swift build -c release && .build/release/peermatch-bench store [--runs N] [--generator PATH]
enum StoreBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 10
        let bin = Bench.peermatchBinary()
        let gen = Bench.generator(args)
        let dir = Bench.mkdtemp("pm-bench-store")
        defer { Bench.shell("rm -rf '\(dir)'") }
        print("store benchmarks: \(runs) runs each, binary \(bin)")
        Bench.shell("python3 '\(gen)' --cities 13000 --out '\(dir)/roster.csv' --sessions 100000 --sessions-out '\(dir)/sessions.csv'")

        // Import into a fresh forum, whole process.
        var importRuns: [Bench.Run] = []
        for i in 0..<runs {
            let folder = "\(dir)/import-\(i)"
            Bench.shell("'\(bin)' init '\(folder)' >/dev/null")
            let r = Bench.spawn([bin, "import", "cities", "\(dir)/roster.csv", "--data", folder])
            precondition(r.status == 0, "import failed")
            importRuns.append(r)
        }
        // Validity: the imported forum has every city.
        let imported = try! DataFolder(path: "\(dir)/import-0").load()
        precondition(imported.cities.count == 13000, "import lost cities")
        report("import 13,000 cities (whole process)", importRuns)

        // A big forum: 13,000 cities and 100,000 sessions.
        let big = "\(dir)/big"
        Bench.shell("'\(bin)' init '\(big)' >/dev/null && '\(bin)' import cities '\(dir)/roster.csv' --data '\(big)' >/dev/null && '\(bin)' import sessions '\(dir)/sessions.csv' --allow-unpaired --data '\(big)' >/dev/null")
        // Child processes first: a child started from a big parent inherits the
        // parent's peak RSS in its rusage (vfork shares memory until exec).
        var checkRuns: [Bench.Run] = []
        for _ in 0..<runs {
            let r = Bench.spawn([bin, "check", "--data", big])
            precondition(r.status == 0, "check failed")
            checkRuns.append(r)
        }
        report("load + check 13,000 cities + 100,000 sessions (whole process)", checkRuns)
        var loadTimes: [Double] = []
        var loaded: ForumData?
        for _ in 0..<runs {
            loadTimes.append(Bench.time { loaded = try! DataFolder(path: big).load() })
        }
        precondition(loaded?.cities.count == 13000 && loaded?.sessions.count == 100_000, "load lost records")
        print("load 13,000 cities + 100,000 sessions (in process): median \(Bench.ms(Bench.median(loadTimes))) ms, "
              + "max \(Bench.ms(loadTimes.max()!)) ms, peak RSS \(String(format1: Bench.selfMaxResidentMB())) MB")
    }

    static func report(_ name: String, _ runs: [Bench.Run]) {
        let t = runs.map(\.seconds)
        print("\(name): median \(Bench.ms(Bench.median(t))) ms, min \(Bench.ms(t.min()!)) ms, "
              + "max \(Bench.ms(t.max()!)) ms, peak RSS \(String(format1: runs.map(\.maxResidentMB).max()!)) MB")
    }
}
