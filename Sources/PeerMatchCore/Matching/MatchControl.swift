/// Cooperative cancellation and progress for a long solve, e.g. a background
/// match in the TUI. The solver polls `isCancelled` between augmenting paths
/// (before every 64th city it serves, a few milliseconds apart) and, when it
/// returns true, stops and throws `CancellationError`; it reports the share
/// of work done (0…1 within each round of the solve; most solves have one) through `progress`,
/// from the solving thread. Both closures must be cheap and thread-safe.
public struct MatchControl: Sendable {
    public var isCancelled: @Sendable () -> Bool
    public var progress: @Sendable (_ fractionDone: Double) -> Void

    /// By default a solve honours the cancellation of the task it runs in.
    public init(isCancelled: @escaping @Sendable () -> Bool = { Task.isCancelled },
                progress: @escaping @Sendable (_ fractionDone: Double) -> Void = { _ in }) {
        self.isCancelled = isCancelled
        self.progress = progress
    }

    /// Never cancelled, no progress.
    public static let none = MatchControl(isCancelled: { false })
}
