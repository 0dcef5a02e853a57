/// A running job's side of the line: report progress, notice a cancel.
public final class JobProgress: Sendable {
    let id: Int
    private let queue: JobQueue

    init(id: Int, queue: JobQueue) {
        self.id = id
        self.queue = queue
    }

    /// How far the job is (0…1, nil when unknown) and what it is at.
    public func report(_ fraction: Double?, _ note: String? = nil) {
        queue.post(.progress(id: id, fraction: fraction, note: note))
    }

    public var isCancelled: Bool { queue.isCancelled(id) }

    public func checkCancelled() throws {
        if isCancelled { throw JobCancelled() }
    }
}
