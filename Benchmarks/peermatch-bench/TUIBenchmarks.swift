enum TUIBenchmarks {
    static func run(_ arguments: [String]) {
        print("tui benchmarks: not written yet")
    }
}
