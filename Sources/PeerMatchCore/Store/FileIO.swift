#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX helpers: whole-file reads, and writes that are atomic and durable.
enum FileIO {
    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// The file's bytes, or nil when it does not exist.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError.io(path: path, operation: "read", reason: errorText())
        }
        defer { close(fd) }
        return try readAll(fd: fd, path: path)
    }

    /// Everything left to read on `fd`, until the end.
    static func readAll(fd: Int32, path: String) throws -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.io(path: path, operation: "read", reason: errorText()) }
        // Regular files: one buffer of the right size.
        if (st.st_mode & S_IFMT) != S_IFREG { st.st_size = 0 }
        // Pipes, and files under /proc (size 0): read until the end in chunks.
        var out = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var done = 0
        while true {
            if done == out.count {
                if st.st_size > 0 { break }
                out += [UInt8](repeating: 0, count: max(4096, out.count))
            }
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw StoreError.io(path: path, operation: "read", reason: errorText()) }
            if n == 0 { break }
            done += n
        }
        if done < out.count { out.removeSubrange(done...) }
        return out
    }

    /// Replaces `path` with `bytes` so that a crash at any moment leaves either
    /// the old file or the new one: write a temporary file in the same folder,
    /// fsync it, rename it over the target, fsync the folder.
    ///
    /// The new file keeps the old one's permissions and group (a `sessions.json`
    /// kept at 600 stays private). A symbolic link is written through: its
    /// target is replaced, in the target's folder, and the link stays a link.
    static func writeAtomically(_ bytes: [UInt8], to path: String, folder: String, name: String) throws {
        var (path, folder, name) = (path, folder, name)
        var st = stat()
        let exists = lstat(path, &st) == 0
        if exists && (st.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realPath(path), stat(resolved, &st) == 0 else {
                throw StoreError.io(path: path, operation: "write", reason: "it is a symbolic link to a missing file")
            }
            path = resolved
            let slash = resolved.lastIndex(of: "/")!
            folder = slash == resolved.startIndex ? "/" : String(resolved[..<slash])
            name = String(resolved[resolved.index(after: slash)...])
        }
        if exists && (st.st_mode & S_IFMT) != S_IFREG {
            throw StoreError.io(path: path, operation: "write", reason: "it is not a plain file")
        }
        let temporary = "\(folder)/.\(name).tmp-\(getpid())"
        unlink(temporary) // a leftover of an earlier process with our pid
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, exists ? 0o600 : 0o644)
        guard fd >= 0 else { throw StoreError.io(path: temporary, operation: "create", reason: errorText()) }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        do {
            if exists { try copyOwnership(from: st, to: fd, path: temporary) }
            try bytes.withUnsafeBytes { buffer in
                var done = 0
                while done < buffer.count {
                    let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { throw StoreError.io(path: temporary, operation: "write", reason: errorText()) }
                    done += n
                }
            }
            guard fsync(fd) == 0 else { throw StoreError.io(path: temporary, operation: "sync", reason: errorText()) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw StoreError.io(path: temporary, operation: "close", reason: errorText()) }
        guard rename(temporary, path) == 0 else { throw StoreError.io(path: path, operation: "replace", reason: errorText()) }
        ok = true
        syncFolder(folder)
    }

    /// Gives the temporary file the old file's group (and owner, when we may)
    /// and mode, before any byte is written. When the group cannot be kept,
    /// group permissions are dropped rather than granted to another group.
    private static func copyOwnership(from old: stat, to fd: Int32, path: String) throws {
        var mode = old.st_mode & 0o7777
        if fchown(fd, old.st_uid, old.st_gid) != 0 && fchown(fd, uid_t.max, old.st_gid) != 0 {
            var now = stat()
            if fstat(fd, &now) == 0 && now.st_gid != old.st_gid { mode &= ~0o070 }
        }
        guard fchmod(fd, mode) == 0 else { throw StoreError.io(path: path, operation: "set the mode of", reason: errorText()) }
    }

    /// The path with every symbolic link resolved, or nil.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Makes a rename durable. Best effort: some file systems refuse fsync on folders.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Names in a folder (no `.` and `..`).
    static func list(_ folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
