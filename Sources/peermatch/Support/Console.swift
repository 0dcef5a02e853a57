#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output for answers, standard error for diagnostics. Writes go
/// straight to the file descriptors (C's `stdout` is shared mutable state).
enum Console {
    static func out(_ text: String) { write(text + "\n", fd: 1) }

    static func error(_ text: String) { write(text + "\n", fd: 2) }

    /// Writes raw bytes to standard output (JSON, CSV).
    static func outRaw(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0, fd: 1) }
    }

    static func write(_ text: String, fd: Int32) {
        var t = text
        t.withUTF8 { writeAll($0, fd: fd) }
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, fd: Int32) {
        guard var p = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            let n = Glibc.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return // a closed pipe (e.g. `| head`): nothing more to say
            }
            p += n
            left -= n
        }
    }

    /// True when standard error is a terminal (progress is drawn only then).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
