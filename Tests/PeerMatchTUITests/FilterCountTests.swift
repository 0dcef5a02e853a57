import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The chooser's `(n)` says how many cities choosing that value would show.
@Suite struct FilterCountTests {
    @Test func countsAreWithinTheOtherFilters() {
        var app = AppDriver()
        app.press(.cycleRole) // role:pilot — Chennai, Pune (South Asia), Shenzhen (East Asia)
        #expect(app.lines[1].contains("role:pilot"))
        app.press(.chooseFilter)
        app.press(.moveDown)
        app.press(.moveDown)
        app.press(.choose)
        #expect(app.screen.row(containing: "Filter by region") != nil)
        #expect(app.screen.row(containing: "South Asia  (2)") != nil)
        #expect(app.screen.row(containing: "East Asia  (1)") != nil)
        #expect(app.screen.row(containing: "Latin America  (0)") != nil)
    }

    @Test func largeCountsAreGrouped() {
        var data = Fixtures.multilingualForum()
        for i in 0..<1_200 { data.cities.append(Fixtures.city("x\(i)", .peer, region: "East Asia", [:])) }
        var app = AppDriver(data)
        app.press(.chooseFilter)
        app.press(.moveDown)
        app.press(.moveDown)
        app.press(.choose)
        #expect(app.screen.row(containing: "East Asia  (1,201)") != nil) // Shenzhen and the 1,200
        #expect(app.lines[1].hasSuffix("1,208 of 1,208"))
    }

    @Test func countsAgreeWithFilteringOnEveryValue() {
        var rng = SplitMix64(seed: 3)
        var forum = Fixtures.multilingualForum()
        let areas = ["water-resilience", "flood-management", "e-mobility", "public-transport", "climate-governance"]
        for i in 0..<300 {
            var interests: [String: Int] = [:]
            for a in areas where Int.random(in: 0..<3, using: &rng) == 0 { interests[a] = Int.random(in: 1...3, using: &rng) }
            forum.cities.append(Fixtures.city(
                "c\(i)", [.pilot, .peer, .member].randomElement(using: &rng)!,
                region: ["", "South Asia", "East Asia"].randomElement(using: &rng)!, interests,
                name: ["Pune", "Đà Nẵng", "Accra"].randomElement(using: &rng)!,
                networks: ["C40", "CSCAF", "ICLEI"].filter { _ in Bool.random(using: &rng) }))
        }
        let catalog = CityCatalog(forum)
        for _ in 0..<60 {
            let filter = CityFilter(
                role: [nil, .pilot, .peer].randomElement(using: &rng)!, area: [nil, "e-mobility"].randomElement(using: &rng)!,
                region: [nil, "South Asia"].randomElement(using: &rng)!, network: [nil, "C40"].randomElement(using: &rng)!,
                search: ["", "a", "nang"].randomElement(using: &rng)!)
            for d in FilterDimension.allCases {
                let values: [String] = switch d {
                case .role: CityRole.allCases.map(\.rawValue)
                case .area: catalog.areaIDs
                case .region: catalog.regions
                case .network: catalog.networks
                }
                let counts = catalog.counts(of: d, within: filter)
                for v in values {
                    var chosen = filter
                    switch d {
                    case .role: chosen.role = CityRole(rawValue: v)
                    case .area: chosen.area = v
                    case .region: chosen.region = v
                    case .network: chosen.network = v
                    }
                    let expected = forum.cities.filter(chosen.matches).count
                    #expect((counts[v] ?? 0) == expected, "\(d)=\(v) within \(filter)")
                }
            }
        }
    }
}
