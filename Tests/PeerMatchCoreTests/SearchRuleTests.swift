import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct SearchRuleTests {
    func found(_ query: String, in cities: [City]) -> [String] {
        cities.filter(CityFilter(search: query).matches).map(\.id)
    }

    let cities = [
        Fixtures.city("da-nang", .peer, [:], name: "Đà Nẵng", country: "VN"),
        Fixtures.city("pune", .pilot, [:], name: "Pune पुणे"),
        Fixtures.city("sao-paulo", .peer, [:], name: "São Paulo", country: "BR"),
        Fixtures.city("lodz", .peer, [:], name: "Łódź", country: "PL"),
        Fixtures.city("tromso", .peer, [:], name: "Tromsø", country: "NO"),
        Fixtures.city("gross-gerau", .peer, [:], name: "Groß-Gerau", country: "DE"),
        Fixtures.city("aeroskobing", .peer, [:], name: "Ærøskøbing", country: "DK"),
        Fixtures.city("diyarbakir", .peer, [:], name: "Diyarbakır", country: "TR"),
        Fixtures.city("reykjavik", .peer, [:], name: "Reykjavík", country: "IS"),
        Fixtures.city("shenzhen", .pilot, [:], name: "Shenzhen 深圳", country: "CN"),
        Fixtures.city("st-johns", .peer, [:], name: "St. John's", country: "CA"),
    ]

    @Test func foldedLettersAndAccentsAreFound() {
        #expect(found("danang", in: cities) == ["da-nang"])
        #expect(found("Da Nang", in: cities) == ["da-nang"])
        #expect(found("lodz", in: cities) == ["lodz"])
        #expect(found("tromso", in: cities) == ["tromso"])
        #expect(found("grossgerau", in: cities) == ["gross-gerau"])
        #expect(found("GROẞ", in: cities) == ["gross-gerau"])
        #expect(found("aeroskobing", in: cities) == ["aeroskobing"])
        #expect(found("diyarbakir", in: cities) == ["diyarbakir"])
        #expect(found("REYKJAVIK", in: cities) == ["reykjavik"])
        #expect(found("st johns", in: cities) == ["st-johns"])
        #expect(found("sao paulo", in: cities) == ["sao-paulo"])
    }

    @Test func aPartOfAGraphemeIsFound() {
        // पु is one Character; the rule matches bytes, so प alone finds it.
        #expect(found("प", in: cities) == ["pune"])
        #expect(found("पुणे", in: cities) == ["pune"])
        #expect(found("深", in: cities) == ["shenzhen"])
    }

    @Test func aQueryNeverSpansNameIdAndCountry() {
        // "paulobr" would join the end of the name or id to the country code.
        #expect(found("paulobr", in: cities).isEmpty)
        #expect(found("br", in: cities) == ["sao-paulo"])
        #expect(found("", in: cities).count == cities.count)
    }

    /// For ASCII names and queries the rule is: lower-case both, drop the
    /// separators, look for a substring — checked against that plain definition.
    @Test func asciiAgreesWithThePlainDefinition() {
        var rng = SplitMix64(seed: 14)
        let alphabet = Array("abcAB -.'")
        func plain(_ s: String) -> String { String(s.lowercased().filter { !" -.'".contains($0) }) }
        for _ in 0..<2_000 {
            let name = String((0..<Int.random(in: 1...10, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let query = String((0..<Int.random(in: 0...3, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let expected = plain(query).isEmpty || plain(name).contains(plain(query))
            let got = SearchFolding.matches(folded: SearchFolding.fold(name), query: SearchFolding.fold(query))
            #expect(got == expected, "name \(name) query \(query)")
        }
    }

    @Test func foldingIsIdempotent() {
        for c in cities {
            let once = SearchFolding.fold(c.name)
            #expect(SearchFolding.fold(once) == once)
        }
    }
}
