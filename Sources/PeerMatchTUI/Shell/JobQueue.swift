import PeerMatchCore

/// Runs background jobs on the Swift concurrency pool and collects what they
/// report, for the event loop to hand to the model on the input thread. The
/// model never sees a job's thread: only `JobEvent`s, in order, via `drain()`.
public final class JobQueue: Sendable {
    private struct State {
        var events: [JobEvent] = []
        var cancelled: Set<Int> = []
        var running: Set<Int> = []
    }
    private let state = Locked(State())

    public init() {}

    public func start(_ ticket: JobTicket) {
        let id = ticket.id, work = ticket.job.work
        state.withLock { _ = $0.running.insert(id) }
        let progress = JobProgress(id: id, queue: self)
        Task.detached(priority: .utility) { [self] in
            let event: JobEvent?
            do {
                event = .finished(id: id, try work(progress))
            } catch is JobCancelled {
                event = nil
            } catch let error as PeerMatchError {
                event = .failed(id: id, reason: error.description)
            } catch {
                event = .failed(id: id, reason: "\(error)")
            }
            state.withLock { s in
                s.running.remove(id)
                if let event, !s.cancelled.contains(id) { s.events.append(event) }
                s.cancelled.remove(id)
            }
        }
    }

    public func cancel(_ id: Int) {
        state.withLock { s in
            if s.running.contains(id) { s.cancelled.insert(id) }
            s.events.removeAll { $0.jobID == id }
        }
    }

    func post(_ event: JobEvent) {
        state.withLock { s in
            if !s.cancelled.contains(event.jobID) { s.events.append(event) }
        }
    }

    func isCancelled(_ id: Int) -> Bool { state.withLock { $0.cancelled.contains(id) } }

    /// Everything reported since the last call, oldest first.
    public func drain() -> [JobEvent] {
        state.withLock { s in
            defer { s.events.removeAll(keepingCapacity: true) }
            return s.events
        }
    }

    /// No job running and nothing left to drain.
    public var isIdle: Bool { state.withLock { $0.running.isEmpty && $0.events.isEmpty } }
}

extension JobEvent {
    var jobID: Int {
        switch self {
        case .progress(let id, _, _), .finished(let id, _), .failed(let id, _): id
        }
    }
}
