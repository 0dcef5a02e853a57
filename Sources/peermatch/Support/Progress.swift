#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeerMatchCore

/// A one-line progress indicator on standard error, drawn only when it is a
/// terminal (scripts and pipes see nothing), and only for work that lasts.
final class Progress {
    private let label: String
    private let enabled: Bool
    private var lastDrawn = 0.0
    private let started = Progress.now()

    init(_ label: String) {
        self.label = label
        enabled = Console.stderrIsTerminal
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let t = Progress.now()
        // Quiet for the first 0.2 s: short work should not flicker.
        guard t - started > 0.2, t - lastDrawn > 0.05 else { return }
        lastDrawn = t
        let percent = done * 100 / total
        Console.writeControl("\r\(label): \(done.grouped)/\(total.grouped) (\(percent)%)\u{1B}[K", fd: 2)
    }

    func finish() {
        guard enabled, lastDrawn > 0 else { return }
        Console.writeControl("\r\u{1B}[K", fd: 2)
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
