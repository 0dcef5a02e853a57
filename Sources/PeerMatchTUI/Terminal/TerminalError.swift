/// Why the terminal app cannot start; checked before curses is touched.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case termUnset
    case termDumb
    case unknownTerm(String)
    case noTerminfo(String)
    case cannotStart(String)

    public var description: String {
        let hint = "run a subcommand instead (see `peermatch --help`), e.g. `peermatch cities list`"
        switch self {
        case .notATerminal:
            return "the terminal app needs an interactive terminal, and standard input or output is not one; \(hint)"
        case .termUnset:
            return "TERM is not set, so the terminal app cannot draw; set it (e.g. TERM=xterm-256color) or \(hint)"
        case .termDumb:
            return "TERM=dumb cannot show the terminal app; use a full terminal (e.g. TERM=xterm-256color) or \(hint)"
        case .unknownTerm(let term):
            return "unknown terminal type TERM=\(term) (no terminfo entry); set TERM to a known one (e.g. xterm-256color) or \(hint)"
        case .noTerminfo(let term):
            return "cannot find the terminfo database to use TERM=\(term); install ncurses-base or \(hint)"
        case .cannotStart(let term):
            return "ncurses could not start on TERM=\(term)"
        }
    }
}
