import PeerMatchCore
import PeerMatchTestSupport

/// Every roster shape of `RosterShape` at one scale (issue 19): one table,
/// shape × algorithm, with the median whole-process time and peak RSS of the
/// release `peermatch match --roster R --format json`, the median engine
/// alone in process (problem + solve + result + JSON), and per shape the
/// median time of one incremental re-solve (`MatchSession.apply`) over a
/// seeded sequence of edits. Targets: < 200 ms and < 100 MB whole process,
/// incremental < 30 ms.
///
///     swift build -c release && .build/release/peermatch-bench shapes [--runs N] [--cities 13000] [--shapes a,b] [--edits N] [--keep DIR]
///
/// Every result is checked with `invariantViolations`; whole-process output
/// must be byte-identical across runs and equal to the in-process result.
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
        var forums: [RosterShape: ForumData] = [:]
        for shape in shapes {
            let data = shape.forum(cities: n)
            forums[shape] = data
            try! PlainFile.writeAtomically(Array(RosterShape.rosterCSV(data).utf8), to: "\(dir)/\(shape.rawValue).csv")
        }
        // Whole process first: a child spawned by a big parent inherits the parent's peak RSS.
        var whole: [String: (Double, Double, [UInt8])] = [:]
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
                whole["\(shape)-\(algorithm)"] = (Bench.median(times.map(\.seconds)), times.map(\.maxResidentMB).max()!, first!)
            }
        }
        print("| shape | pilots / slots | peers / slots | algorithm | whole process | peak RSS | engine alone | pairs | total score | incremental re-solve |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for shape in shapes {
            let data = forums[shape]!
            // Round-trip through the CSV, as the CLI does, so both see the same cities.
            let cities = try! RosterReader.read(file: "\(dir)/\(shape.rawValue).csv", forum: data.forum)
            let parsed = ForumData(forum: data.forum, cities: cities)
            let pilots = cities.filter { $0.role == .pilot }, peers = cities.filter { $0.role == .peer }
            let sides = "\(pilots.count) / \(pilots.reduce(0) { $0 + $1.effectiveCapacity }) | \(peers.count) / \(peers.reduce(0) { $0 + $1.effectiveCapacity })"
            let incremental = incrementalMedian(parsed, edits: edits)
            for algorithm in MatchAlgorithm.allCases {
                var result: MatchResult?
                let t = (0..<runs).map { _ in Bench.time { result = try! MatchEngine.run(parsed, algorithm: algorithm); _ = result!.json() } }
                let problems = result!.invariantViolations(against: parsed)
                precondition(problems.isEmpty, "invalid result on \(shape) \(algorithm): \(problems.prefix(3))")
                let w = whole["\(shape)-\(algorithm)"]!
                precondition(result!.json() == w.2, "in-process result differs from the CLI's on \(shape) \(algorithm)")
                print("| \(shape.rawValue) | \(sides) | \(algorithm.rawValue) | \(Bench.ms(w.0)) ms | \(String(format1: w.1)) MB | \(Bench.ms(Bench.median(t))) ms "
                      + "| \(result!.pairCount) | \(result!.totalScore) | \(algorithm == .optimal ? incremental : "") |")
            }
        }
    }
}

extension ShapeBenchmarks {
    /// Median time of `MatchSession.apply` over `edits` seeded random edits
    /// (refused edits not counted), each result checked against the rules.
    static func incrementalMedian(_ data: ForumData, edits: Int) -> String {
        var session = try! MatchSession(data)
        var rng = SplitMix64(seed: 19)
        var times: [Double] = []
        while times.count < edits {
            let edit = MatchEdit.random(for: session, &rng)
            var ok = true
            let t = Bench.time {
                do { try session.apply(edit) } catch { ok = false }
            }
            guard ok else { continue }
            times.append(t)
            let problems = session.result.invariantViolations(against: session.data)
            precondition(problems.isEmpty, "invalid incremental result after \(edit): \(problems.prefix(3))")
        }
        let fresh = try! MatchEngine.run(session.data, algorithm: .optimal)
        precondition(fresh.pairCount == session.result.pairCount && fresh.totalScore == session.result.totalScore,
                      "incremental result differs from a full solve after \(edits) edits")
        return "\(Bench.ms(Bench.median(times))) ms (max \(Bench.ms(times.max()!)))"
    }
}
