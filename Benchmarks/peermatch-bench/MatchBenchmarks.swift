import PeerMatchCore

/// Matching benchmarks (issue 4). Targets on a 2-core machine, median whole
/// process: 13,000 cities optimal < 1 s, stable < 0.3 s, 2,500 optimal
/// < 150 ms; peak memory < 300 MB.
///
///     swift build -c release && .build/release/peermatch-bench match [--runs N] [--scales 100,1000,2500,13000] [--generator PATH]
///
/// For each scale (gen_roster.py, seed 1) and algorithm: the release
/// `peermatch match --roster R --format json` as a child process (wall time,
/// peak RSS from wait4), then the engine alone in process, split into
/// preparing the problem, solving, and assembling the result. Every result
/// is checked with `invariantViolations`; whole-process output must be
/// byte-identical across runs.
enum MatchBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 10
        let scales = (Bench.option("--scales", in: args) ?? "100,1000,2500,13000").split(separator: ",").compactMap { Int($0) }
        let bin = Bench.peermatchBinary()
        let gen = Bench.generator(args)
        let dir = Bench.mkdtemp("pm-bench-match")
        defer { Bench.shell("rm -rf '\(dir)'") }
        print("match benchmarks: \(runs) runs each, binary \(bin)")
        for n in scales {
            Bench.shell("python3 '\(gen)' --cities \(n) --out '\(dir)/r\(n).csv'")
        }
        // Whole process first: a child spawned by a big parent inherits the parent's peak RSS.
        var outputs: [String: [UInt8]] = [:]
        for n in scales {
            for algorithm in MatchAlgorithm.allCases {
                var times: [Bench.Run] = []
                let out = "\(dir)/out-\(n)-\(algorithm.rawValue).json"
                var first: [UInt8]?
                for _ in 0..<runs {
                    let r = Bench.spawn([bin, "match", "--roster", "\(dir)/r\(n).csv", "--algorithm", algorithm.rawValue, "--format", "json"], stdout: out)
                    precondition(r.status == 0, "peermatch match failed at \(n)")
                    let bytes = try! PlainFile.read(out)!
                    if let first { precondition(first == bytes, "output differs between runs at \(n) \(algorithm)") } else { first = bytes }
                    times.append(r)
                }
                outputs["\(n)-\(algorithm.rawValue)"] = first
                let t = times.map(\.seconds)
                print("whole process  \(pad(n)) \(algorithm.rawValue.padding(7)): median \(Bench.ms(Bench.median(t))) ms, "
                      + "min \(Bench.ms(t.min()!)) ms, max \(Bench.ms(t.max()!)) ms, peak RSS \(String(format1: times.map(\.maxResidentMB).max()!)) MB")
            }
        }
        for n in scales {
            let forum = Forum(name: "bench")
            var cities: [City] = []
            let parse = Bench.median((0..<runs).map { _ in
                Bench.time { cities = try! RosterReader.read(file: "\(dir)/r\(n).csv", forum: forum) }
            })
            let data = ForumData(forum: forum, cities: cities)
            for algorithm in MatchAlgorithm.allCases {
                var prepare: [Double] = [], solve: [Double] = [], assemble: [Double] = [], total: [Double] = []
                var result: MatchResult?
                for _ in 0..<runs {
                    var problem: MatchProblem!
                    var pairs: [(pilot: Int32, peer: Int32)] = []
                    let t0 = Bench.now()
                    problem = try! MatchProblem(data)
                    let t1 = Bench.now()
                    pairs = algorithm == .optimal ? OptimalMatcher.solve(problem) : try! StableMatcher.solve(problem)
                    let t2 = Bench.now()
                    result = MatchEngine.result(problem, algorithm: algorithm, proposals: pairs)
                    _ = result!.json()
                    let t3 = Bench.now()
                    prepare.append(t1 - t0); solve.append(t2 - t1); assemble.append(t3 - t2); total.append(t3 - t0)
                }
                let problems = result!.invariantViolations(against: data)
                precondition(problems.isEmpty, "invalid result at \(n) \(algorithm): \(problems.prefix(3))")
                precondition(result!.json() == outputs["\(n)-\(algorithm.rawValue)"] ?? result!.json(), "in-process result differs from the CLI's at \(n)")
                print("engine alone   \(pad(n)) \(algorithm.rawValue.padding(7)): median \(Bench.ms(Bench.median(total))) ms "
                      + "(prepare \(Bench.ms(Bench.median(prepare))), solve \(Bench.ms(Bench.median(solve))), "
                      + "result+JSON \(Bench.ms(Bench.median(assemble)))); \(result!.pairCount) pairs, total \(result!.totalScore); "
                      + "roster parse (median) \(Bench.ms(parse)) ms")
            }
        }
    }

    static func pad(_ n: Int) -> String { String(n).padding(6, left: true) }
}

extension String {
    func padding(_ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - count))
        return left ? fill + self : self + fill
    }
}
