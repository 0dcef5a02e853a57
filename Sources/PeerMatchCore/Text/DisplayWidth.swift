/// How many terminal cells text takes, the way terminals count them
/// (wcwidth): combining marks 0, East Asian wide and emoji 2, the rest 1.
///
/// Widths are summed per scalar, as terminals draw them; cutting is done per
/// grapheme cluster (`Character`), so a base never loses its marks. Emoji
/// sequences count as `TerminalGrapheme` draws them.
public enum DisplayWidth {
    /// Cells taken by one scalar: 0, 1 or 2 (control characters count 0).
    @inline(__always)
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Cells of the cluster as the app draws it (`TerminalGrapheme.drawn`:
    /// emoji sequences terminals count differently are drawn in a form
    /// they all count alike).
    public static func of(_ c: Character) -> Int {
        var w = 0
        if TerminalGrapheme.isDisputed(c) {
            for s in TerminalGrapheme.drawnForm(c).unicodeScalars { w += of(s) }
        } else {
            for s in c.unicodeScalars { w += of(s) }
        }
        return w
    }

    public static func of(_ text: some StringProtocol) -> Int {
        var w = 0
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x20 && b != 0x7F { w += 1 }
        }
        if ascii { return w }
        w = 0
        for c in text { w += of(c) }
        return w
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return true }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        // Hangul medial vowels and final consonants (conjoining jamo, also Extended-B).
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        // Prepended concatenation marks (Arabic number signs…) are format
        // characters that terminals draw: one cell.
        if (0x600...0x605).contains(v) || v == 0x6DD || v == 0x70F || v == 0x890 || v == 0x891 || v == 0x8E2
            || v == 0x110BD || v == 0x110CD { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DFF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
             0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF,
             0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F260...0x1F265,
             0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
             0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E,
             0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
             0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC,
             0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
             0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
             0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// Terminal cells this string takes.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// Cut to at most `width` cells, ending in `…` when something was cut.
    /// Never splits a grapheme cluster (a base and its marks stay together).
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        if width <= 0 { return "" }
        if DisplayWidth.of(self) <= width { return self }
        let room = width - DisplayWidth.of(ellipsis)
        if room < 0 { return "" }
        var out = ""
        var used = 0
        for c in self {
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// Truncated or padded with spaces to exactly `width` cells.
    public func padded(toWidth width: Int, alignRight: Bool = false) -> String {
        let cut = truncated(toWidth: width)
        let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return alignRight ? pad + cut : cut + pad
    }
}
