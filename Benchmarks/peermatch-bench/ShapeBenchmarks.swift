import PeerMatchCore
import PeerMatchTestSupport

/// Every roster shape of `RosterShape` at one scale (issue 19): one table,
/// shape × algorithm, with the median whole-process time (wall, and CPU of
/// all threads) and peak RSS of the release `peermatch match --roster R
/// --format json`, the median engine alone in process (problem + solve +
/// result + JSON; wall and CPU), and per shape the median time of one
/// incremental re-solve (`MatchSession.apply`) over seeded random edits.
/// Targets: < 200 ms and < 100 MB whole process, incremental < 30 ms. CPU
/// time is printed because the machine is shared: under load wall time
/// grows, CPU time much less.
///
///     swift build -c release && .build/release/peermatch-bench shapes [--runs N] [--cities 13000] [--shapes a,b] [--edits N] [--keep DIR]
///
/// Every result is checked with `invariantViolations`; whole-process output
/// must be byte-identical across runs and equal to the in-process result;
/// the incremental result must equal a full solve after the edits.
/// `--keep DIR` leaves the rosters and outputs there (for `scipy_baseline.py --check`).
enum ShapeBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 5
        let n = Bench.option("--cities", in: args).flatMap(Int.init) ?? 13_000
        let edits = Bench.option("--edits", in: args).flatMap(Int.init) ?? 40
        let shapes = Bench.option("--shapes", in: args).map { $0.split(separator: ",").map { RosterShape(rawValue: String($0))! } }
            ?? RosterShape.allCases
        let bin = Bench.peermatchBinary()
        let keep = Bench.option("--keep", in: args)
        let dir = keep ?? Bench.mkdtemp("pm-bench-shapes")
        if keep != nil { Bench.shell("mkdir -p '\(dir)'") }
        defer { if keep == nil { Bench.shell("rm -rf '\(dir)'") } }
        print("shape benchmarks: \(n) cities, \(runs) runs each, binary \(bin)")
        // Only the CSV files are kept: a child spawned by a big parent is charged the parent's peak RSS.
        for shape in shapes {
            try! PlainFile.writeAtomically(Array(RosterShape.rosterCSV(shape.forum(cities: n)).utf8), to: "\(dir)/\(shape.rawValue).csv")
        }
        var whole: [String: (wall: Double, cpu: Double, rss: Double, out: [UInt8])] = [:]
        for shape in shapes {
            for algorithm in MatchAlgorithm.allCases {
                let out = "\(dir)/\(shape.rawValue)-\(algorithm.rawValue).json"
                var times: [Bench.Run] = []
                var first: [UInt8]?
                for _ in 0..<runs {
                    let r = Bench.spawn([bin, "match", "--roster", "\(dir)/\(shape.rawValue).csv", "--algorithm", algorithm.rawValue, "--format", "json"], stdout: out)
                    precondition(r.status == 0, "peermatch match failed on \(shape)")
                    let bytes = try! PlainFile.read(out)!
                    if let first { precondition(first == bytes, "output differs between runs on \(shape) \(algorithm)") } else { first = bytes }
                    times.append(r)
                }
                whole["\(shape)-\(algorithm)"] = (Bench.median(times.map(\.seconds)), Bench.median(times.map(\.cpuSeconds)),
                                                  times.map(\.maxResidentMB).max()!, first!)
            }
        }
        print("| shape | pilots / slots | peers / slots | algorithm | whole process (CPU) | peak RSS | engine alone (CPU) | pairs | total score | incremental re-solve (CPU) |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for shape in shapes {
            let forum = Forum(name: shape.rawValue)
            let cities = try! RosterReader.read(file: "\(dir)/\(shape.rawValue).csv", forum: forum)
            let data = ForumData(forum: forum, cities: cities)
            let pilots = cities.filter { $0.role == .pilot }, peers = cities.filter { $0.role == .peer }
            let sides = "\(pilots.count) / \(pilots.reduce(0) { $0 + $1.effectiveCapacity }) | \(peers.count) / \(peers.reduce(0) { $0 + $1.effectiveCapacity })"
            let incremental = incrementalMedian(data, edits: edits)
            for algorithm in MatchAlgorithm.allCases {
                var result: MatchResult?
                var wall: [Double] = [], cpu: [Double] = []
                for _ in 0..<runs {
                    let c0 = Bench.cpuNow()
                    wall.append(Bench.time { result = try! MatchEngine.run(data, algorithm: algorithm); _ = result!.json() })
                    cpu.append(Bench.cpuNow() - c0)
                }
                let problems = result!.invariantViolations(against: data)
                precondition(problems.isEmpty, "invalid result on \(shape) \(algorithm): \(problems.prefix(3))")
                let w = whole["\(shape)-\(algorithm)"]!
                precondition(result!.json() == w.out, "in-process result differs from the CLI's on \(shape) \(algorithm)")
                print("| \(shape.rawValue) | \(sides) | \(algorithm.rawValue) | \(Bench.ms(w.wall)) ms (\(Bench.ms(w.cpu))) | \(String(format1: w.rss)) MB "
                      + "| \(Bench.ms(Bench.median(wall))) ms (\(Bench.ms(Bench.median(cpu)))) | \(result!.pairCount) | \(result!.totalScore) "
                      + "| \(algorithm == .optimal ? incremental : "") |")
            }
        }
    }

    /// Median time of `MatchSession.apply` over `edits` seeded random edits
    /// (refused edits not counted), each result checked against the rules.
    static func incrementalMedian(_ data: ForumData, edits: Int) -> String {
        var session = try! MatchSession(data)
        var rng = SplitMix64(seed: 19)
        var wall: [Double] = [], cpu: [Double] = []
        while wall.count < edits {
            let edit = MatchEdit.random(for: session, &rng)
            var ok = true
            let c0 = Bench.cpuNow()
            let t = Bench.time {
                do { try session.apply(edit) } catch { ok = false }
            }
            let c = Bench.cpuNow() - c0
            guard ok else { continue }
            wall.append(t)
            cpu.append(c)
            let problems = session.result.invariantViolations(against: session.data)
            precondition(problems.isEmpty, "invalid incremental result after \(edit): \(problems.prefix(3))")
        }
        let fresh = try! MatchEngine.run(session.data, algorithm: .optimal)
        precondition(fresh.pairCount == session.result.pairCount && fresh.totalScore == session.result.totalScore,
                      "incremental result differs from a full solve after \(edits) edits")
        return "\(Bench.ms(Bench.median(wall))) ms (\(Bench.ms(Bench.median(cpu))))"
    }
}
