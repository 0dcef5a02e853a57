// Benchmarks, outside `swift test`: build with `-c release` and run
//   swift run -c release peermatch-bench [store|match|shapes|tui|sessions|workspace|report|match-screen] [options]
// Each suite prints medians and checks its results are valid.
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first ?? "help"
let rest = Array(arguments.dropFirst())
let usage = "usage: peermatch-bench store|match|shapes|tui|tui-sessions|sessions|workspace|report|match-screen [options]\n"
    + "Each suite's options (--runs N and others) are in Benchmarks/README.md."
if rest.contains("--help") || rest.contains("-h") {
    // Not a run: a suite takes minutes.
    print(usage)
    exit(0)
}
switch suite {
case "store": StoreBenchmarks.run(rest)
case "match": MatchBenchmarks.run(rest)
case "shapes": ShapeBenchmarks.run(rest)
case "tui": TUIBenchmarks.run(rest)
case "tui-sessions": SessionsScreenBenchmarks.run(rest)
case "sessions": SessionBenchmarks.run(rest)
case "workspace": WorkspaceBenchmarks.run(rest)
case "report": ReportBenchmarks.run(rest)
case "match-screen": MatchScreenBenchmarks.run(rest)
default:
    print(usage)
    exit(suite == "help" || suite == "--help" || suite == "-h" ? 0 : 2)
}
