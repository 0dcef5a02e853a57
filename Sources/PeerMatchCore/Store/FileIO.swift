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
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.io(path: path, operation: "read", reason: errorText()) }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        try out.withUnsafeMutableBytes { buffer in
            while done < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { throw StoreError.io(path: path, operation: "read", reason: errorText()) }
                if n == 0 { break }
                done += n
            }
        }
        if done < out.count { out.removeSubrange(done...) }
        return out
    }

    /// Replaces `path` with `bytes` so that a crash at any moment leaves either
    /// the old file or the new one: write a temporary file in the same folder,
    /// fsync it, rename it over the target, fsync the folder.
    static func writeAtomically(_ bytes: [UInt8], to path: String, folder: String, name: String) throws {
        let temporary = "\(folder)/.\(name).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError.io(path: temporary, operation: "create", reason: errorText()) }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        do {
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
