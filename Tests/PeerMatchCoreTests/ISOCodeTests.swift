import Testing
@testable import PeerMatchCore

@Suite struct ISOCodeTests {
    /// The `"alpha_2": "XX"` values of one of Debian's iso-codes files, or nil
    /// when the package is not installed.
    static func alpha2Codes(in file: String) -> Set<String>? {
        guard let bytes = try? FileIO.read("/usr/share/iso-codes/json/\(file)") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return Set(text.split(separator: "\"alpha_2\": \"").dropFirst().map { String($0.prefix(2)) })
    }

    @Test func tablesAreTheFullOfficialLists() throws {
        // Sizes of the standards as published: ISO 3166-1 has 249 assigned
        // alpha-2 codes; ISO 639-2 lists 184 languages with a 639-1 code.
        #expect(ISOTables.countries.count == 249)
        #expect(ISOTables.languages.count == 184)
        #expect(Set(ISOTables.countries.map(\.0)).count == 249)
        // An independent copy of the lists, when the machine has it.
        if let official = Self.alpha2Codes(in: "iso_3166-1.json") {
            #expect(Set(ISOTables.countries.map(\.0)) == official)
        }
        if let official = Self.alpha2Codes(in: "iso_639-2.json") {
            #expect(Set(ISOTables.languages.map(\.0)) == official)
        }
    }

    @Test func realCodesPassAndMadeUpOnesDoNot() {
        for c in ["IN", "BR", "GB", "ZA", "TW", "PS"] { #expect(Validation.isValidCountry(c), "\(c)") }
        // XK (Kosovo) is user-assigned, not ISO; EU is an exceptional reservation, not a country.
        for c in ["XY", "EU", "XK", "UK", "in", "IND", "", "I"] { #expect(!Validation.isValidCountry(c), "\(c)") }
        for l in ["en", "ta", "hi", "zh", "pt", "sw", "yo"] { #expect(Validation.isValidLanguage(l), "\(l)") }
        for l in ["zz", "EN", "eng", "jp", "iw", "", "e"] { #expect(!Validation.isValidLanguage(l), "\(l)") }
    }

    @Test func nearMissesSuggestWhatWasMeant() {
        #expect(ISOCodes.countrySuggestions(for: "in") == ["IN (India)"])
        #expect(ISOCodes.countrySuggestions(for: "IND") == ["IN (India)"])
        #expect(ISOCodes.countrySuggestions(for: "india") == ["IN (India)"])
        #expect(ISOCodes.countrySuggestions(for: "UK") == ["GB (United Kingdom)"])
        #expect(ISOCodes.countrySuggestions(for: "BRA") == ["BR (Brazil)"])
        // Nothing close enough to say: too many one-letter neighbours, or none.
        #expect(ISOCodes.countrySuggestions(for: "XY").isEmpty)
        #expect(ISOCodes.countrySuggestions(for: "EU").isEmpty)
        #expect(ISOCodes.languageSuggestions(for: "EN") == ["en (English)"])
        #expect(ISOCodes.languageSuggestions(for: "eng") == ["en (English)"])
        #expect(ISOCodes.languageSuggestions(for: "fre") == ["fr (French)"])
        #expect(ISOCodes.languageSuggestions(for: "jp") == ["ja (Japanese)"])
        #expect(ISOCodes.languageSuggestions(for: "zz").isEmpty)
    }

    @Test func theSentenceNamesTheCellAndTheSuggestion() throws {
        let forum = Forum(name: "t")
        do {
            _ = try RosterReader.parse(Array("id,name,country,role\nsurat,Surat,IND,pilot\n".utf8), file: "r.csv", forum: forum)
            Issue.record("IND was accepted")
        } catch let e as ImportError {
            #expect(e.description == #"r.csv:2:3: country: expected an ISO 3166-1 alpha-2 country code such as IN, got "IND"; did you mean IN (India)?"#)
        }
        do {
            _ = try RosterReader.parse(Array("id,name,country,role,languages\nsurat,Surat,IN,pilot,en;zz\n".utf8), file: "r.csv", forum: forum)
            Issue.record("zz was accepted")
        } catch let e as ImportError {
            #expect(e.description == #"r.csv:2:5: languages: expected ISO 639-1 language codes separated by ';' such as en;ta, got "zz""#)
        }
        // The JSON reader says the same through Validation.
        let json = #"{"schemaVersion": 1, "cities": [{"id": "x", "name": "X", "country": "EU", "role": "peer"}]}"#
        #expect(throws: (any Error).self) { try JSONImport.cities(Array(json.utf8), file: "c.json", forum: forum) }
        let city = City(id: "x", name: "X", country: "uk", role: .peer)
        #expect(Validation.problem(in: city, knownAreas: [])?.description == #"country: expected an ISO 3166-1 alpha-2 code such as IN, got "uk"; did you mean GB (United Kingdom)?"#)
    }
}
