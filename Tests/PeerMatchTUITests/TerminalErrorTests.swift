import Testing
@testable import PeerMatchTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sentences a person reads when the app cannot start, pinned.
@Suite struct TerminalErrorTests {
    static let hint = "run a subcommand instead (see `peermatch --help`), e.g. `peermatch cities list`"

    @Test func sentences() {
        #expect(TerminalError.notATerminal.description
                == "the terminal app needs an interactive terminal, and standard input or output is not one; \(Self.hint)")
        #expect(TerminalError.termUnset.description
                == "TERM is not set, so the terminal app cannot draw; set it (e.g. TERM=xterm-256color) or \(Self.hint)")
        #expect(TerminalError.termDumb.description
                == "TERM=dumb cannot show the terminal app; use a full terminal (e.g. TERM=xterm-256color) or \(Self.hint)")
        #expect(TerminalError.unknownTerm("vt999").description
                == "unknown terminal type TERM=vt999 (no terminfo entry); set TERM to a known one (e.g. xterm-256color) or \(Self.hint)")
    }

    /// Without a terminal on both ends (the usual case under `swift test`
    /// and CI), the app is refused before curses starts.
    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func refusedWithoutATerminal() {
        #expect(throws: TerminalError.notATerminal) {
            try NcursesTerminal.checkCanStart(environment: ["TERM": "xterm"])
        }
    }
}
