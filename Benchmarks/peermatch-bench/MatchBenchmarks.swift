enum MatchBenchmarks {
    static func run(_ arguments: [String]) {
        print("match benchmarks: not written yet")
    }
}
