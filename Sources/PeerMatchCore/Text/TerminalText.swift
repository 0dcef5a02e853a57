/// Text from the data (names, notes, ids typed by a user) made safe to show on
/// a terminal. A terminal acts on some characters instead of showing them:
/// ESC starts a control sequence (`\e[2J` clears the screen), BEL rings, CR
/// returns to the start of the line, C1 controls (U+0080–U+009F) are 8-bit
/// escapes, and bidi embeddings, overrides and isolates reorder what follows.
/// Each is shown as `\u{1B}` instead, by the CLI and the terminal app alike.
public enum TerminalText {
    /// True for a scalar a terminal may act on rather than show.
    @inline(__always)
    public static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// `text` with every unsafe scalar written as `\u{XX}` (hex). With
    /// `keepingNewlines`, `\n` stays (for messages of several lines).
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard needsEscaping(text, keepingNewlines: keepingNewlines) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isUnsafe(s.value) && !(keepingNewlines && s == "\n") {
                out.append(contentsOf: "\\u{\(String(s.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// A byte scan: most text has nothing to escape and is returned as is.
    static func needsEscaping(_ text: String, keepingNewlines: Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in text.utf8 {
            if b < 0x20 && !(keepingNewlines && b == 0x0A) { return true }
            if b == 0x7F { return true }
            // C1: C2 80–C2 9F. Bidi: E2 80 AA–AE, E2 81 A6–A9.
            if previous.1 == 0xC2 && b >= 0x80 && b <= 0x9F { return true }
            if previous.0 == 0xE2 && previous.1 == 0x80 && b >= 0xAA && b <= 0xAE { return true }
            if previous.0 == 0xE2 && previous.1 == 0x81 && b >= 0xA6 && b <= 0xA9 { return true }
            previous = (previous.1, b)
        }
        return false
    }
}

extension String {
    /// This text, safe to write to a terminal (see `TerminalText`).
    public var terminalEscaped: String { TerminalText.escaped(self) }
}
