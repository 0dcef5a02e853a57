/// Country (ISO 3166-1 alpha-2) and language (ISO 639-1) codes: which exist,
/// and for a near miss which one was probably meant. `XY`, `EU` (not a
/// country) and `zz` are refused; `in` becomes "did you mean IN (India)?",
/// `IND` and `India` likewise, `eng` and `English` suggest `en`.
public enum ISOCodes {
    static let countryNames: [String: String] = Dictionary(uniqueKeysWithValues: ISOTables.countries.map { ($0.0, $0.2) })
    static let languageNames: [String: String] = Dictionary(uniqueKeysWithValues: ISOTables.languages.map { ($0.0, $0.2) })

    public static func isCountry(_ code: String) -> Bool { countryNames[code] != nil }
    public static func isLanguage(_ code: String) -> Bool { languageNames[code] != nil }

    /// Codes people write for a country that ISO spells otherwise.
    static let countryAliases = ["UK": "GB", "EL": "GR"]
    /// Withdrawn ISO 639-1 codes and common mix-ups with country codes.
    static let languageAliases = [
        "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "sh": "sr",
        "jp": "ja", "cn": "zh", "gr": "el", "ua": "uk", "dk": "da", "cz": "cs", "kr": "ko", "vn": "vi",
    ]

    /// "IN (India)" for the codes `value` was probably meant to be; empty when
    /// nothing is close. At most three.
    public static func countrySuggestions(for value: String) -> [String] {
        let codes = suggestions(
            for: value.uppercased(), isValid: isCountry, aliases: countryAliases,
            longForms: ISOTables.countries.map { ($0.0, [$0.1], $0.2) })
        return codes.map { "\($0) (\(countryNames[$0]!))" }
    }

    /// "en (English)" for the codes `value` was probably meant to be.
    public static func languageSuggestions(for value: String) -> [String] {
        let codes = suggestions(
            for: value.lowercased(), isValid: isLanguage, aliases: languageAliases,
            longForms: ISOTables.languages.map { ($0.0, $0.1, $0.2) })
        return codes.map { "\($0) (\(languageNames[$0]!))" }
    }

    /// In order: the value in the right case; an alias; a three-letter code;
    /// a name ("india", "spanish"); two letters swapped; one letter off, when
    /// that leaves at most three candidates (any more is a guess).
    private static func suggestions(for folded: String, isValid: (String) -> Bool, aliases: [String: String],
                                    longForms: [(code: String, threeLetter: [String], name: String)]) -> [String] {
        if isValid(folded) { return [folded] }
        if let alias = aliases[folded] { return [alias] }
        let key = SearchFolding.fold(folded)
        if let hit = longForms.first(where: { $0.threeLetter.contains { SearchFolding.fold($0) == key } }) { return [hit.code] }
        if key.count >= 3 {
            // "Spanish; Castilian" and "Korea, Republic of" name a language or country in parts.
            let named = longForms.filter { entry in
                entry.name.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "(" })
                    .contains { SearchFolding.fold(String($0).trimmingSpaces) == key }
            }
            if !named.isEmpty { return Array(named.prefix(3).map(\.code)) }
        }
        let letters = Array(folded.unicodeScalars)
        guard letters.count == 2 else { return [] }
        let swapped = String(String.UnicodeScalarView([letters[1], letters[0]]))
        if isValid(swapped) { return [swapped] }
        let oneOff = longForms.map(\.code).filter { code in
            let c = Array(code.unicodeScalars)
            return (c[0] == letters[0]) != (c[1] == letters[1])
        }
        return oneOff.count <= 3 ? oneOff : []
    }
}
