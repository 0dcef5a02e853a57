#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeerMatchCore

/// Standard output for answers, standard error for diagnostics. Writes go
/// straight to the file descriptors (C's `stdout` is shared mutable state).
///
/// Text written here never carries a control character from the data to the
/// terminal: everything but line breaks is escaped (`TerminalText`), so a
/// city named `\e[2J…` cannot clear the screen, whatever message names it.
enum Console {
    static func out(_ text: String) { write(text + "\n", fd: 1) }

    static func error(_ text: String) { write(text + "\n", fd: 2) }

    /// Writes raw bytes to standard output (JSON, CSV: data, not messages).
    static func outRaw(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0, fd: 1) }
    }

    static func write(_ text: String, fd: Int32) {
        writeControl(TerminalText.escaped(text, keepingNewlines: true), fd: fd)
    }

    /// Writes text as is: only for the program's own control sequences (the
    /// progress line), never for text that holds data.
    static func writeControl(_ text: String, fd: Int32) {
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

    /// True when standard output is a terminal: tables are cut to fit only then.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}
