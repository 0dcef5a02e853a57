enum StoreBenchmarks {
    static func run(_ arguments: [String]) {
        print("store benchmarks: not written yet")
    }
}
