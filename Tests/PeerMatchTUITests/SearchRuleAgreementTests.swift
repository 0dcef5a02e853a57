import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The app's catalog (byte scan over prepared keys) and Core's `CityFilter`
/// (what `cities list` uses) must find the same cities for every query.
@Suite struct SearchRuleAgreementTests {
    static let pieces = ["Đà", "Nẵng", "Pune", "पुणे", "São", "Paulo", "深圳", "Łódź", "Tromsø", "Groß", "Ærø",
                         "Diyarbakır", "सुरत", "St.", "John's", "Medellín", "الدار", "👩‍👩‍👧", "🇧🇷", "x-y"]

    func randomForum(_ rng: inout SplitMix64, count: Int) -> ForumData {
        var forum = Fixtures.multilingualForum()
        for i in 0..<count {
            let name = (0..<Int.random(in: 1...3, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "-")
            forum.cities.append(Fixtures.city("c\(i)", [.pilot, .peer, .member].randomElement(using: &rng)!, [:],
                                              name: name, country: ["IN", "BR", "VN", "PL"].randomElement(using: &rng)!))
        }
        return forum
    }

    @Test func catalogAndCityFilterFindTheSameCities() {
        var rng = SplitMix64(seed: 6)
        let forum = randomForum(&rng, count: 300)
        let catalog = CityCatalog(forum)
        let all = (0..<Int32(catalog.count)).map { $0 }
        var queries = ["प", "danang", "sao paulo", "SAO", "lodz", "gross", "aero", "diyarbakir", "深", "👩", "br", "c1",
                       "st johns", "x y", "ु", "", "zzz"]
        for _ in 0..<200 {
            // Any run of scalars cut out of a random name, marks and all.
            let scalars = Array(Self.pieces.randomElement(using: &rng)!.unicodeScalars)
            let from = Int.random(in: 0..<scalars.count, using: &rng)
            let to = Int.random(in: from...scalars.count, using: &rng)
            var q = String.UnicodeScalarView()
            q.append(contentsOf: scalars[from..<to])
            queries.append(String(q))
        }
        for q in queries {
            for country in [nil, "in"] as [String?] {
                let filter = CityFilter(country: country, search: q)
                let byCore = forum.cities.indices.filter { filter.matches(forum.cities[$0]) }.map(Int32.init)
                #expect(catalog.filtered(all, by: filter) == byCore, "query '\(q)' country \(country ?? "any")")
            }
        }
    }
}
