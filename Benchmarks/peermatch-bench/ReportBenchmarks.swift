import PeerMatchCore
import PeerMatchTestSupport

/// Report benchmarks (issue 17). Targets on a 2-core machine, 13,000 cities
/// and 100,000 sessions: `report --format html` < 1 s whole process; the
/// computation the Reports screen waits for before its first draw < 300 ms.
///
///     swift build -c release && .build/release/peermatch-bench report [--runs N] [--in-process]
///
/// `--in-process` skips the whole-process runs (for profiling the computation).
enum ReportBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 10
        let bin = Bench.peermatchBinary()
        let dir = Bench.mkdtemp("pm-bench-report")
        defer { Bench.shell("rm -rf '\(dir)'") }
        let today = Day("2026-03-15")!
        let data = Fixtures.activityForum(seed: 17, cities: 13_000, sessions: 100_000)
        let folder = "\(dir)/forum"
        do {
            _ = try DataFolder.create(at: folder, forumName: data.forum.name)
            try DataFolder(path: folder).update { $0 = data }
        } catch { fatalError("cannot write the forum: \(error)") }
        print("report benchmarks: \(runs) runs each, binary \(bin); \(data.cities.count.grouped) cities, "
              + "\(data.pairings.count.grouped) pairings, \(data.sessions.count.grouped) sessions")

        // Whole process, child processes first (see StoreBenchmarks on peak RSS).
        let env = ["PEERMATCH_TODAY": today.description]
        if !args.contains("--in-process") { wholeProcess(bin: bin, folder: folder, dir: dir, runs: runs, env: env) }
        inProcess(folder: folder, today: today, runs: runs)
    }

    static func wholeProcess(bin: String, folder: String, dir: String, runs: Int, env: [String: String]) {
        let check = (0..<runs).map { _ in Bench.spawn([bin, "check", "--data", folder], environment: env) }
        times("baseline: load + check (whole process)", check.map(\.seconds))
        for format in ["html", "md", "json"] {
            let out = "\(dir)/report.\(format)"
            let rs = (0..<runs).map { _ in
                Bench.spawn([bin, "report", "--format", format, "--out", out, "--data", folder], environment: env)
            }
            precondition(rs.allSatisfy { $0.status == 0 }, "report --format \(format) failed")
            times("report --format \(format) (whole process)", rs.map(\.seconds))
        }

    }

    /// What the screen needs (the app loads the folder once when it opens).
    static func inProcess(folder: String, today: Day, runs: Int) {
        let loaded = try! DataFolder(path: folder).load()
        var report: Report?
        var build: [Double] = [], html: [Double] = [], cohort: [Double] = []
        for _ in 0..<runs {
            build.append(Bench.time { report = try! ReportBuilder.build(loaded, today: today) })
            html.append(Bench.time { _ = ReportHTML.render(report!) })
            cohort.append(Bench.time {
                _ = try! ReportBuilder.build(loaded, filter: ReportFilter(from: Day("2025-01-01"), cohort: "2025-autumn"), today: today)
            })
        }
        // Valid: every session in scope is in exactly one month bar.
        precondition(report!.sessionCount == 100_000 && report!.sessionsPerMonth.reduce(0) { $0 + $1.count } == 100_000)
        for (name, t) in [("ReportBuilder.build, no filter (in process)", build),
                          ("ReportBuilder.build, --from + --cohort (in process)", cohort),
                          ("ReportHTML.render (in process)", html)] {
            times(name, t)
        }
    }

    /// No peak memory here: the children are started after this process built
    /// the 100,000-session forum, so their rusage would show its peak, not theirs.
    static func times(_ name: String, _ t: [Double]) {
        print("\(name): median \(Bench.ms(Bench.median(t))) ms, min \(Bench.ms(t.min()!)) ms, max \(Bench.ms(t.max()!)) ms")
    }
}
