import PeerMatchCore

/// The coordinator's workspace (issue 15) at scale: from one edit to the
/// re-solved proposals, with today's engine (`MatchEngine.run` behind
/// `Workspace.Solver`; an incremental engine would drop in there).
///
///     swift build -c release && .build/release/peermatch-bench workspace [--runs N] [--cities 13000] [--generator PATH]
///
/// For each kind of edit: the action alone (validation and the new value),
/// then action + re-solve, then the diff against the committed pairings.
/// Every re-solved result is checked with `invariantViolations`.
enum WorkspaceBenchmarks {
    static func run(_ args: [String]) {
        let runs = Bench.option("--runs", in: args).flatMap(Int.init) ?? 5
        let n = Bench.option("--cities", in: args).flatMap(Int.init) ?? 13000
        let dir = Bench.mkdtemp("pm-bench-ws")
        defer { Bench.shell("rm -rf '\(dir)'") }
        Bench.shell("python3 '\(Bench.generator(args))' --cities \(n) --out '\(dir)/r.csv'")
        let forum = Forum(name: "bench")
        let data = ForumData(forum: forum, cities: try! RosterReader.read(file: "\(dir)/r.csv", forum: forum))
        var base = Workspace(data)
        let first = Bench.time { base = try! base.solved() }
        let proposals = base.proposals!.pairs
        print("workspace benchmarks: \(n) cities, \(proposals.count) proposals, \(runs) runs each; first solve \(Bench.ms(first)) ms")
        // Baseline, back to back: the engine alone on the same forum, and the
        // workspace's own share of a re-solve (building the solve input).
        let engine = Bench.median((0..<runs).map { _ in Bench.time { _ = try! MatchEngine.run(data, algorithm: .optimal) } })
        let input = Bench.median((0..<runs).map { _ in Bench.time { _ = base.solveInput } })
        print("baseline: MatchEngine.run median \(Bench.ms(engine)) ms; workspace solve input median \(Bench.ms(input)) ms")
        let p = proposals[proposals.count / 2], q = proposals[proposals.count / 3]
        let kp = PairKey(pilot: p.pilot, peer: p.peer), kq = PairKey(pilot: q.pilot, peer: q.peer)
        let edits: [(String, WorkspaceAction)] = [
            ("reject a proposal", .reject(kp)),
            ("exclude a proposal", .exclude(kp, note: "bench")),
            ("accept a proposal", .accept(kp)),
            ("swap two proposals", .swapPeers(kp, kq, override: Override(note: "bench"))),
            ("pin a proposal", .pin(kq)),
        ]
        for (name, action) in edits {
            var edit: [Double] = [], resolve: [Double] = [], diff: [Double] = []
            for _ in 0..<runs {
                var w = base
                edit.append(Bench.time { w = try! action.apply(to: base) })
                resolve.append(Bench.time { w = try! w.solved() })
                let violations = w.proposals!.invariantViolations(against: w.solveInput)
                precondition(violations.isEmpty, "\(name): \(violations)")
                diff.append(Bench.time { _ = try! w.diff() })
            }
            print("\(name.padding(20)) edit median \(Bench.ms(Bench.median(edit))) ms, "
                  + "edit → re-solved median \(Bench.ms(Bench.median(edit) + Bench.median(resolve))) ms "
                  + "(max \(Bench.ms(zip(edit, resolve).map(+).max()!)) ms), diff median \(Bench.ms(Bench.median(diff))) ms")
        }
    }
}
