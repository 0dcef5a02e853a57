#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on `<folder>/.lock` (flock), so two peermatch processes
/// never interleave their writes. Released when the value goes away, and by
/// the kernel if the process dies.
///
/// The lock file is opened without following symbolic links (a link planted
/// as `.lock` could otherwise make us create or touch its target) and never
/// written: taking the lock changes neither its bytes nor its times, so a
/// command that changes nothing leaves the folder exactly as it was. The
/// holder's pid, for the "being changed by" message, comes from /proc/locks.
final class FileLock {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    static func path(folder: String) -> String { "\(folder)/.lock" }

    /// The write lock, waiting up to `timeout` seconds. Creates `.lock` if it
    /// is missing (the only time a writer touches it).
    static func acquireExclusive(folder: String, timeout: Double) throws -> FileLock {
        let path = path(folder: folder)
        // Read-only is enough for flock, and the file is never written.
        var fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 && errno == ENOENT {
            fd = open(path, O_RDONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
            // Another writer created it between our two calls: open theirs.
            if fd < 0 && errno == EEXIST { fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        }
        if fd < 0 { throw openError(path) }
        return try lock(fd: fd, path: path, folder: folder, exclusive: true, timeout: timeout)
    }

    /// A read lock, waiting up to `timeout` seconds. Nil when there is no
    /// `.lock` (no writer has run here yet; the caller checks again after
    /// reading) or it cannot be opened (a read-only folder nobody writes to).
    static func acquireShared(folder: String, timeout: Double) throws -> FileLock? {
        let path = path(folder: folder)
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ELOOP { throw openError(path) }
            return nil
        }
        return try lock(fd: fd, path: path, folder: folder, exclusive: false, timeout: timeout)
    }

    /// True when `.lock` exists (as anything, a link included).
    static func exists(folder: String) -> Bool {
        var st = stat()
        return lstat(path(folder: folder), &st) == 0
    }

    private static func openError(_ path: String) -> StoreError {
        if errno == ELOOP {
            return .io(path: path, operation: "lock", reason: "it is a symbolic link; remove it (the lock file must be a plain file)")
        }
        return .io(path: path, operation: "lock", reason: FileIO.errorText())
    }

    private static func lock(fd: Int32, path: String, folder: String, exclusive: Bool, timeout: Double) throws -> FileLock {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw StoreError.io(path: path, operation: "lock", reason: "it is not a plain file; remove it")
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
                close(fd)
                let who = holder(inode: UInt64(st.st_ino)).map { "pid \($0)" } ?? "another process"
                throw StoreError.locked(path: folder, holder: who, waitedSeconds: timeout)
            }
            usleep(20_000)
        }
        return FileLock(fd: fd)
    }

    /// The pid holding a flock on the file with this inode, from /proc/locks
    /// (Linux); nil elsewhere or when it cannot be told.
    static func holder(inode: UInt64) -> Int? {
        guard let bytes = try? FileIO.read("/proc/locks") else { return nil }
        // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234567 0 EOF"; waiters have "->".
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let f = line.split(separator: " ")
            guard f.count >= 6, f[1] == "FLOCK", let pid = Int(f[4]),
                  let ino = f[5].split(separator: ":").last.flatMap({ UInt64($0) }), ino == inode else { continue }
            return pid
        }
        return nil
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
