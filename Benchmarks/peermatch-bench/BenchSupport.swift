#if canImport(Glibc)
import Glibc
#endif

/// Timing, child processes and statistics shared by the benchmark suites.
enum Bench {
    /// The keystroke table of the TUI suites: per kind and over all, median, p99 and max.
    static func printKeystrokeTable(_ timings: [(String, [Double])]) {
        print("| keystroke | count | median | p99 | max |")
        print("| --- | --- | --- | --- | --- |")
        var all: [Double] = []
        for (kind, t) in timings {
            all += t
            print("| \(kind) | \(t.count) | \(ms(median(t))) ms | \(ms(percentile(t, 99))) ms | \(ms(t.max()!)) ms |")
        }
        print("| all keystrokes | \(all.count) | \(ms(median(all))) ms | \(ms(percentile(all, 99))) ms | \(ms(all.max()!)) ms |")
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// CPU seconds this process has used so far (all threads): on a shared,
    /// loaded machine a steadier measure than wall time.
    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Seconds taken by `body`.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    static func median(_ xs: [Double]) -> Double { percentile(xs, 50) }

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        guard !xs.isEmpty else { return .nan }
        let s = xs.sorted()
        let rank = Int((p / 100 * Double(s.count - 1)).rounded(.up))
        return s[min(rank, s.count - 1)]
    }

    /// What one child process took: wall time, peak resident memory, exit status.
    struct Run {
        var seconds: Double
        var maxResidentMB: Double
        var status: Int32
        /// User + system CPU seconds of the child.
        var cpuSeconds: Double = 0
    }

    /// Runs a program (stdout to `stdout` or /dev/null) and measures it with wait4.
    /// Its peak RSS is only right while this process is smaller than the child:
    /// Linux charges a vfork child with the parent's peak until it execs.
    static func spawn(_ argv: [String], stdout: String = "/dev/null", environment: [String: String] = [:]) -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var env = currentEnvironmentList()
        for (k, v) in environment { env.append("\(k)=\(v)") }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 else {
            fatalError("cannot start \(argv[0])")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(seconds: seconds, maxResidentMB: Double(usage.ru_maxrss) / 1024, status: exitStatus, cpuSeconds: cpu)
    }

    static func currentEnvironmentList() -> [String] {
        var out: [String] = []
        var p = environ
        while let e = p.pointee {
            out.append(String(cString: e))
            p += 1
        }
        return out
    }

    /// Peak resident memory of this process so far, in MB.
    static func selfMaxResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Options `--name value` from the argument list.
    static func option(_ name: String, in args: [String]) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        return args[i + 1]
    }

    /// The built peermatch next to this benchmark binary (same configuration).
    static func peermatchBinary() -> String {
        let me = CommandLine.arguments[0]
        let dir = me.contains("/") ? String(me[..<me.lastIndex(of: "/")!]) : "."
        return "\(dir)/peermatch"
    }

    /// The roster generator in shared/bench beside the repo (or `--generator`).
    static func generator(_ args: [String]) -> String {
        option("--generator", in: args) ?? "../shared/bench/gen_roster.py"
    }

    static func mkdtemp(_ prefix: String) -> String {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        let p = template.withUnsafeMutableBufferPointer { Glibc.mkdtemp($0.baseAddress!) }
        return String(cString: p!)
    }

    /// Runs a shell command and stops the benchmark if it fails.
    static func shell(_ command: String) {
        let run = spawn(["/bin/sh", "-c", command])
        if run.status != 0 { fatalError("failed (\(run.status)): \(command)") }
    }

    static func ms(_ seconds: Double) -> String {
        let v = seconds * 1000
        return v < 10 ? String(format1: v) : String(Int(v.rounded()))
    }
}

extension String {
    /// One decimal place, without Foundation.
    init(format1 v: Double) {
        let tenths = Int((v * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
