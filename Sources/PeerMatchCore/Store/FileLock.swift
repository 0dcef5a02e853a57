#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on `<folder>/.lock` (flock), so two peermatch processes
/// never interleave their writes. Released when the value goes away, and by
/// the kernel if the process dies.
final class FileLock {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// How long a second writer waits before giving up: `PEERMATCH_LOCK_TIMEOUT`
    /// seconds, default 5.
    static var defaultTimeout: Double {
        currentEnvironment()["PEERMATCH_LOCK_TIMEOUT"].flatMap(Double.init) ?? 5
    }

    /// The write lock, waiting up to `timeout` seconds. Never nil: a writer that
    /// cannot create the lock file fails instead.
    static func acquireExclusive(folder: String, timeout: Double = defaultTimeout) throws -> FileLock {
        try acquire(folder: folder, exclusive: true, timeout: timeout)!
    }

    /// Takes the lock, waiting up to `timeout` seconds. A shared lock on a folder
    /// where the lock file cannot be created (read-only) returns nil: readers
    /// then go without, as nobody can write there either.
    static func acquire(folder: String, exclusive: Bool, timeout: Double = defaultTimeout) throws -> FileLock? {
        let path = "\(folder)/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 {
            if !exclusive { return nil }
            throw StoreError.io(path: path, operation: "lock", reason: FileIO.errorText())
        }
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = monotonicSeconds() + timeout
        while flock(fd, operation) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = FileIO.errorText()
                close(fd)
                throw StoreError.io(path: path, operation: "lock", reason: reason)
            }
            if monotonicSeconds() >= deadline {
                let holder = (try? FileIO.read(path)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
                close(fd)
                let who = holder.flatMap { $0.isEmpty ? nil : $0.trimmingNewlines } ?? "another process"
                throw StoreError.locked(path: folder, holder: who, waitedSeconds: timeout)
            }
            usleep(20_000)
        }
        if exclusive {
            // Say who holds it, for the message a waiting writer shows.
            let text = Array("pid \(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        return FileLock(fd: fd)
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

extension String {
    var trimmingNewlines: String {
        var s = self
        while s.last == "\n" || s.last == "\r" { s.removeLast() }
        return s
    }
}
