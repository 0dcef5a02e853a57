import CNcursesw
import PeerMatchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw's wide-character API. Only this type
/// talks to ncurses: it flushes each `Grid` as the difference from the
/// previous frame and turns key codes into `InputEvent`s.
public final class NcursesTerminal: Terminal {
    private var previous: Grid?
    private let colorsEnabled: Bool
    private var isOpen = true

    /// Checks that stdin/stdout are a terminal and TERM is usable, then
    /// enters curses. Throws (before touching the screen) when it cannot.
    public init(environment: [String: String] = currentEnvironment()) throws {
        try NcursesTerminal.checkCanStart(environment: environment)
        NcursesTerminal.selectUTF8Locale()
        pm_install_termination_handlers()
        pm_install_crash_handlers()
        guard newterm(nil, pm_stdout(), pm_stdin()) != nil else {
            throw TerminalError.cannotStart(environment["TERM"] ?? "")
        }
        cbreak()
        noecho()
        nonl()
        keypad(pm_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        mouseinterval(0)
        mousemask(pm_button1_pressed() | pm_button4_pressed() | pm_button5_pressed(), nil)
        let wantsColor = (environment["NO_COLOR"] ?? "").isEmpty
        if wantsColor, has_colors() {
            start_color()
            use_default_colors()
            for color in Style.Color.allCases where color != .default {
                init_pair(Int16(color.rawValue), NcursesTerminal.cursesColor(color), -1)
            }
            colorsEnabled = true
        } else {
            colorsEnabled = false
        }
    }

    deinit { restore() }

    /// The checks made before curses starts, in order: a terminal on both
    /// ends, TERM set, not dumb, and known to terminfo.
    public static func checkCanStart(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.termUnset }
        guard term != "dumb" else { throw TerminalError.termDumb }
        switch pm_terminal_is_known(term) {
        case 1: return
        case -1: throw TerminalError.noTerminfo(term)
        default: throw TerminalError.unknownTerm(term)
        }
    }

    /// The user's locale, or C.UTF-8 for characters when it is not UTF-8:
    /// without it ncurses drops São Paulo's ã and 深圳 entirely.
    static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(Int32(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public var size: (width: Int, height: Int) { (Int(pm_cols()), Int(pm_lines())) }

    public func present(_ grid: Grid) {
        guard isOpen else { return }
        let screen = pm_stdscr()
        let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if old == nil { werase(screen) }
        for y in 0..<grid.height {
            // Redraw the changed span of the row, widened to whole graphemes.
            var first = -1, last = -1
            for x in 0..<grid.width where old == nil || old![x, y] != grid[x, y] {
                if first < 0 { first = x }
                last = x
            }
            guard first >= 0 else { continue }
            while first > 0, grid[first, y].isContinuation || (old?[first, y].isContinuation ?? false) { first -= 1 }
            var x = first
            while x < grid.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                draw(cell, x: x, y: y)
                x += max(1, Int(cell.width))
                if x > last + 1, !(x < grid.width && grid[x, y].isContinuation) { break }
            }
        }
        wnoutrefresh(screen)
        doupdate()
        previous = grid
    }

    /// Draws one grapheme. Scalars are grouped as curses wants them (a spacing
    /// character and the marks after it); if the C library counts fewer
    /// cells than the grid, the rest is padded so columns stay aligned.
    private func draw(_ cell: Cell, x: Int, y: Int) {
        let attributes = attributes(for: cell.style)
        let pair = colorsEnabled ? Int16(cell.style.foreground.rawValue) : 0
        var groups: [[wchar_t]] = []
        var used = 0
        for scalar in cell.text.unicodeScalars {
            let w = Int(pm_wcwidth(scalar.value))
            if w > 0 || groups.isEmpty || groups[groups.count - 1].count >= 4 {
                groups.append([wchar_t(bitPattern: scalar.value)])
                used += max(w, 0) == 0 && groups.count == 1 ? 1 : max(w, 0)
            } else {
                groups[groups.count - 1].append(wchar_t(bitPattern: scalar.value))
            }
        }
        var cx = x
        for group in groups {
            var cc = cchar_t()
            var chars = group + [0]
            setcchar(&cc, &chars, attributes, pair, nil)
            mvwadd_wch(pm_stdscr(), Int32(y), Int32(cx), &cc)
            cx += max(1, Int(pm_wcwidth(UInt32(bitPattern: group[0]))))
        }
        while cx < x + max(1, Int(cell.width)) {
            var cc = cchar_t()
            var space: [wchar_t] = [32, 0]
            setcchar(&cc, &space, attributes, pair, nil)
            mvwadd_wch(pm_stdscr(), Int32(y), Int32(cx), &cc)
            cx += 1
        }
    }

    private func attributes(for style: Style) -> attr_t {
        var a = pm_attr_normal()
        if style.reverse { a |= pm_attr_reverse() }
        if style.bold { a |= pm_attr_bold() }
        if style.underline { a |= pm_attr_underline() }
        if style.dim { a |= pm_attr_dim() }
        return a
    }

    private static func cursesColor(_ color: Style.Color) -> Int16 {
        switch color {
        case .default: -1
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        }
    }

    public func nextEvent(timeoutMilliseconds: Int, wakeDescriptor: Int32) -> InputEvent? {
        if let signal = pendingSignal() { return .terminate(signal: signal) }
        // Wait here, not inside ncurses: a hung-up terminal makes ncurses
        // read end-of-file forever without returning, and a signal must be
        // seen within the timeout. SIGWINCH ends the wait early; ncurses
        // then reports KEY_RESIZE from the read below, which never waits.
        // A background job ends it early too (the wake pipe).
        let ready = pm_wait_for_input_or_wake(Int32(timeoutMilliseconds), wakeDescriptor)
        if let signal = pendingSignal() { return .terminate(signal: signal) }
        if ready < 0 { return .terminate(signal: SIGHUP) }
        if ready == 2 { return nil }
        wtimeout(pm_stdscr(), 0)
        var input: wint_t = 0
        let status = wget_wch(pm_stdscr(), &input)
        if status == ERR { return nil }
        let code = Int32(bitPattern: input)
        if status == KEY_CODE_YES { return functionKey(code) }
        return characterKey(code)
    }

    public func invalidate() {
        previous = nil
        // The next refresh clears the terminal and sends every cell, whatever
        // curses believes is on it (Ctrl-L after another program wrote there).
        clearok(pm_stdscr(), true)
    }

    public func runOutside(_ body: () -> Void) {
        guard isOpen else { return body() }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        invalidate()
    }

    private func pendingSignal() -> Int32? {
        let signal = pm_pending_signal()
        return signal == 0 ? nil : signal
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case pm_key_resize(): return .resize(width: Int(pm_cols()), height: Int(pm_lines()))
        case pm_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            if event.bstate & pm_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
            if event.bstate & pm_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
            if event.bstate & (pm_button1_pressed() | pm_button1_clicked()) != 0 {
                return .mouse(MouseEvent(.press, x: x, y: y))
            }
            return nil
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_F0 + 1 ... KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func characterKey(_ code: Int32) -> InputEvent? {
        switch code {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(UnicodeScalar(UInt8(code + 96)))))
        default:
            guard let scalar = UnicodeScalar(UInt32(bitPattern: code)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    public func restore() {
        guard isOpen else { return }
        isOpen = false
        endwin()
    }
}
