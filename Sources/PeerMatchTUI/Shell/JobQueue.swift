import PeerMatchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs background jobs, each on a thread of its own (blocking work does not
/// belong on the Swift concurrency pool, which may be as small as the cores
/// and is where tests run), and collects what they
/// report, for the event loop to hand to the model on the input thread. The
/// model never sees a job's thread: only `JobEvent`s, in order, via `drain()`.
public final class JobQueue: Sendable {
    private struct State {
        var events: [JobEvent] = []
        var cancelled: Set<Int> = []
        var running: Set<Int> = []
    }
    private let state = Locked(State())
    /// A pipe a job writes a byte to whenever it reports, so the event loop's
    /// wait for input ends at once (the self-pipe trick); both ends non-blocking.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        }
        wakeRead = fds[0]
        wakeWrite = fds[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Readable when a job has reported since the last `drain()`.
    public var wakeDescriptor: Int32 { wakeRead }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)  // a full pipe already wakes the loop
    }

    public func start(_ ticket: JobTicket) {
        let id = ticket.id, work = ticket.job.work
        state.withLock { _ = $0.running.insert(id) }
        let progress = JobProgress(id: id, queue: self)
        JobThread.start { [self] in
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
            wake()
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
        wake()
    }

    func isCancelled(_ id: Int) -> Bool { state.withLock { $0.cancelled.contains(id) } }

    /// Everything reported since the last call, oldest first.
    public func drain() -> [JobEvent] {
        var sink = [UInt8](repeating: 0, count: 256)
        while read(wakeRead, &sink, sink.count) > 0 {}
        return state.withLock { s in
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

/// A detached POSIX thread running one closure.
enum JobThread {
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    static func start(_ run: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(run)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, box)
        guard status == 0 else {
            // No thread to be had: run it here rather than lose it.
            Unmanaged<Body>.fromOpaque(box).takeRetainedValue().run()
            return
        }
        #if canImport(Darwin)
        if let thread { pthread_detach(thread) }
        #else
        pthread_detach(thread)
        #endif
    }
}
