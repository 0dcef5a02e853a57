#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder under /tmp, removed when the value goes away.
public final class TemporaryFolder {
    public let path: String

    /// `parent` is /tmp unless a test asks for another (a RAM disk, where
    /// fsync costs nothing, for tests that write thousands of times).
    public init(_ prefix: String = "peermatch-test", parent: String = "/tmp") {
        var template = Array("\(parent)/\(prefix)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "cannot create a temporary folder")
        path = String(cString: made!)
    }

    deinit { remove(path) }

    public func file(_ name: String) -> String { "\(path)/\(name)" }

    /// Writes text to a file in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let p = file(name)
        let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(fd >= 0)
        var t = text
        t.withUTF8 { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return p
    }

    /// Writes bytes to a file in the folder (no fsync: test data) and returns its path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let p = file(name)
        let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(fd >= 0)
        bytes.withUnsafeBufferPointer { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return p
    }

    /// Every regular file's bytes, by name (for "nothing changed" checks).
    public func snapshot(_ sub: String? = nil) -> [String: [UInt8]] {
        let dir = sub.map { file($0) } ?? path
        var out: [String: [UInt8]] = [:]
        guard let d = opendir(dir) else { return out }
        defer { closedir(d) }
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            let p = "\(dir)/\(name)"
            let fd = open(p, O_RDONLY)
            guard fd >= 0 else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                bytes.append(contentsOf: buffer[0..<n])
            }
            close(fd)
            out[name] = bytes
        }
        return out
    }

    private func remove(_ p: String) {
        if let d = opendir(p) {
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." { continue }
                let child = "\(p)/\(name)"
                var st = stat()
                if lstat(child, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { remove(child) } else { unlink(child) }
            }
            closedir(d)
        }
        rmdir(p)
    }
}
