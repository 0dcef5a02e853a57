import Foundation

/// The one search rule of the CLI (`cities list --search`) and the app (`/`):
/// fold the text and the query the same way, then look for the folded query
/// as a run of UTF-8 bytes in the folded text.
///
/// Folding: lower case; Latin accents removed (NFD, drop U+0300–U+036F);
/// letters with no decomposition mapped by a small table (đ→d, ł→l, ø→o,
/// æ→ae, ß→ss, ı→i…); word separators (spaces, hyphens, apostrophes, dots)
/// dropped, so `danang` finds Đà Nẵng and `sao paulo` finds `sao-paulo`.
/// Other scripts pass through unchanged.
///
/// Matching bytes, not `Character`s, is what lets `प` find पुणे: as a
/// grapheme, पु is one Character that `String.contains` never splits.
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out = String.UnicodeScalarView()
            for s in text.lowercased().unicodeScalars where !isSeparator(s.value) { out.append(s) }
            return String(out)
        }
        var out = String.UnicodeScalarView()
        for s in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = s.value
            if (0x300...0x36F).contains(v) || isSeparator(v) { continue }
            if let replacement = letterTable[v] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Letters that NFD leaves whole (lower case only: `fold` lower-cases first).
    static let letterTable: [UInt32: String] = [
        0xDF: "ss", 0xE6: "ae", 0xF0: "d", 0xF8: "o", 0xFE: "th", 0x111: "d", 0x127: "h", 0x131: "i",
        0x138: "k", 0x140: "l", 0x142: "l", 0x149: "n", 0x14B: "n", 0x153: "oe", 0x167: "t", 0x180: "b",
        0x183: "b", 0x188: "c", 0x192: "f", 0x199: "k", 0x19A: "l", 0x1B4: "y", 0x1B6: "z", 0x1E5: "g",
        0x237: "j", 0x1E9E: "ss",
    ]

    /// Spaces, hyphens, apostrophes, dots and control characters: ignored on
    /// both sides (and the control characters can never reach the `␟`
    /// separators of `cityKey`).
    static func isSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0...0x20, 0x7F, 0x27, 0x2D, 0x2E, 0xA0, 0x2010...0x2015, 0x2018, 0x2019, 0x2212, 0x3000: true
        default: false
        }
    }

    /// What a city search looks in: folded name, id and country, with a
    /// separator so a query never spans two of them. Pass `foldedName` when
    /// the caller has folded the name already.
    public static func cityKey(_ c: City, foldedName: String? = nil) -> String {
        (foldedName ?? fold(c.name)) + "\u{1F}" + fold(c.id) + "\u{1F}" + fold(c.country)
    }

    /// True when the folded query occurs in the folded text (both from `fold`).
    public static func matches(folded haystack: String, query foldedQuery: String) -> Bool {
        if foldedQuery.isEmpty { return true }
        let needle = Array(foldedQuery.utf8)
        var hay = haystack
        return hay.withUTF8 { contains($0, from: 0, to: $0.count, needle) }
    }

    /// Whether `needle` occurs in `hay[from..<to]`, byte for byte. An empty
    /// needle is found everywhere.
    public static func contains(_ hay: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ needle: [UInt8]) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        guard n <= to - from else { return false }
        let first = needle[0]
        var i = from
        while i <= to - n {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
