import Foundation

/// Case- and accent-insensitive matching: `sao` finds São Paulo, `medellin`
/// finds Medellín. Fold every candidate once (`cityKey`), then compare.
public enum SearchFolding {
    /// Lower-cased, Latin diacritics removed (NFD, drop U+0300–U+036F), a few
    /// letters with no decomposition mapped by hand (đ→d, ø→o, ł→l, ß→ss, æ→ae).
    /// Other scripts pass through unchanged.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for s in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.value {
            case 0x300...0x36F: continue
            case 0x111: out.append("d")
            case 0xF8: out.append("o")
            case 0x142: out.append("l")
            case 0xDF: out.append(contentsOf: "ss".unicodeScalars)
            case 0xE6: out.append(contentsOf: "ae".unicodeScalars)
            case 0x153: out.append(contentsOf: "oe".unicodeScalars)
            case 0x131: out.append("i")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// What a city search looks in: folded name, id and lower-cased country,
    /// with a separator so a query never spans two of them. Pass `foldedName`
    /// when the caller has folded the name already.
    public static func cityKey(_ c: City, foldedName: String? = nil) -> String {
        (foldedName ?? fold(c.name)) + "\u{1F}" + c.id + "\u{1F}" + c.country.lowercased()
    }

    /// True when `query` (folded) occurs in `haystack` (already folded).
    public static func matches(folded haystack: String, query foldedQuery: String) -> Bool {
        foldedQuery.isEmpty || haystack.contains(foldedQuery)
    }
}

