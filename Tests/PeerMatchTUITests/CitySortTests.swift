import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

@Suite struct CitySortTests {
    /// A forum with many ties in every column, so the name tie-break matters.
    func randomForum() -> ForumData {
        var rng = SplitMix64(seed: 61)
        var forum = Fixtures.multilingualForum()
        let names = ["Đà Nẵng", "Accra", "accra", "Łódź", "Zürich", "Pune पुणे", "深圳", "Lodz", "São Paulo"]
        for i in 0..<400 {
            forum.cities.append(Fixtures.city(
                "c\(i)", [.pilot, .peer, .member].randomElement(using: &rng)!,
                capacity: Bool.random(using: &rng) ? nil : Int.random(in: 0...4, using: &rng),
                region: ["", "South Asia", "East Asia", "Latin America"].randomElement(using: &rng)!, [:],
                name: names.randomElement(using: &rng)!, country: ["IN", "BR", "VN", "PL", "CH"].randomElement(using: &rng)!))
        }
        return forum
    }

    /// The expected ascending order, by a plain comparator on the city records.
    func expected(_ key: CitySortKey, _ forum: ForumData) -> [Int32] {
        let index = ForumIndex(forum)
        let cities = forum.cities
        func name(_ i: Int) -> [UInt8] { Array(SearchFolding.fold(cities[i].name).utf8) }
        func byName(_ a: Int, _ b: Int) -> Bool {
            if name(a) != name(b) { return name(a).lexicographicallyPrecedes(name(b)) }
            return cities[a].name != cities[b].name ? cities[a].name < cities[b].name : a < b
        }
        func primary(_ i: Int) -> String {
            let c = cities[i]
            switch key {
            case .name: return ""
            case .country: return c.country
            case .region: return c.region.isEmpty ? "\u{10FFFF}" : c.region
            case .role: return String(CityRole.allCases.sorted().firstIndex(of: c.role)!)
            case .capacityLeft: return String(format: "%09d", index.capacityLeft(of: c))
            }
        }
        return cities.indices.sorted { a, b in primary(a) != primary(b) ? primary(a) < primary(b) : byName(a, b) }
            .map(Int32.init)
    }

    @Test func everyKeySortsAscendingWithTiesByName() {
        let forum = randomForum()
        let catalog = CityCatalog(forum)
        for key in CitySortKey.allCases {
            #expect(catalog.order(by: key) == expected(key, forum), "\(key)")
        }
    }

    @Test func upArrowMeansFewestPlacesLeftFirst() {
        var app = AppDriver()
        while !app.lines[1].contains("sort:capacity left↑") { app.press(.sortNext) }
        // Full cities (0 left) come first: São Paulo and Shenzhen are 1/1 used,
        // Casablanca is a member (0/0).
        #expect(app.lines[3].hasPrefix("Casablanca"))
        #expect(app.lines[10].hasPrefix("Pune"))
        app.press(.sortReverse)
        #expect(app.lines[1].contains("sort:capacity left↓"))
        #expect(app.lines[3].hasPrefix("Pune"))
    }

    @Test func everySortKeyIsAShownColumn() {
        let headers = Set(CitiesView.columns(width: 80).map(\.title))
        for key in CitySortKey.allCases {
            #expect(headers.contains(key.columnHeader), "\(key)")
            #expect(CitySortKey(columnHeader: key.columnHeader) == key)
        }
    }
}
