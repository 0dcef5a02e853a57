/// What the app draws for a grapheme cluster whose width terminals dispute.
///
/// Terminals count most text scalar by scalar (wcwidth), and so do ncurses
/// and `DisplayWidth`. Emoji sequences break that: tmux 3.3 draws 👩‍👩‍👧 in
/// 2 cells where wcwidth counts 6, ❤️ in 1 where others draw 2, 👍🏽 in 4
/// where others draw 2. Where the counts differ the rest of the row shifts
/// and stale cells stay behind. So such a cluster is drawn as a form every
/// terminal counts alike: the emoji-only modifiers dropped (VS15/VS16, the
/// keycap ring U+20E3, skin tones U+1F3FB–1F3FF, tag characters) and a
/// ZWJ sequence cut to its first picture: 👩‍👩‍👧 → 👩, 👍🏽 → 👍, ❤️ → ❤,
/// 1️⃣ → 1, 🏴󠁧󠁢󠁳󠁣󠁴󠁿 → 🏴. Flags (two regional indicators) are left whole:
/// 2 cells by every count.
public enum TerminalGrapheme {
    /// The cluster as drawn: itself when nothing is disputed.
    public static func drawn(_ c: Character) -> String {
        isDisputed(c) ? drawnForm(c) : String(c)
    }

    /// Whether terminals count this cluster differently (cheap: most
    /// clusters are one scalar).
    @inline(__always)
    public static func isDisputed(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard scalars.index(after: scalars.startIndex) != scalars.endIndex else { return false }
        return scalars.contains { isEmojiOnly($0.value) || $0.value == 0x200D }
    }

    static func drawnForm(_ c: Character) -> String {
        var out = String.UnicodeScalarView()
        for s in c.unicodeScalars {
            if s.value == 0x200D { break }
            if !isEmojiOnly(s.value) { out.append(s) }
        }
        return String(out)
    }

    /// Scalars that only change how an emoji looks, and that terminals count differently.
    static func isEmojiOnly(_ v: UInt32) -> Bool {
        v == 0xFE0E || v == 0xFE0F || v == 0x20E3 || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v)
    }
}

extension String {
    /// The text as the terminal front ends print it: each disputed emoji
    /// sequence in its `TerminalGrapheme.drawn` form, the rest unchanged.
    public var terminalDrawn: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        guard contains(where: TerminalGrapheme.isDisputed) else { return self }
        var out = ""
        for c in self { out += TerminalGrapheme.drawn(c) }
        return out
    }
}
