import PeerMatchCore

/// Small forums built in code, shared by the test targets.
public enum Fixtures {
    public static func city(
        _ id: String, _ role: CityRole, capacity: Int? = nil, region: String = "",
        languages: [String] = ["en"], _ interests: [String: Int], name: String? = nil,
        country: String = "IN", networks: [String] = []
    ) -> City {
        City(id: id, name: name ?? id.capitalized, country: country, region: region, role: role,
             capacity: capacity, languages: languages, networks: networks,
             interests: interests.sorted { $0.key < $1.key }.map { AreaLevel(area: $0.key, level: $0.value) })
    }
}

extension Fixtures {
    /// A small forum with names in several scripts (深圳, पुणे, Medellín,
    /// São Paulo), every role, pairings and sessions: what screen tests draw.
    public static func multilingualForum() -> ForumData {
        func day(_ s: String) -> Day { Day(s)! }
        let cities = [
            city("chennai", .pilot, region: "South Asia", languages: ["ta", "en"],
                 ["water-resilience": 3, "flood-management": 3], name: "Chennai சென்னை", networks: ["C40"]),
            city("pune", .pilot, region: "South Asia", languages: ["mr", "hi", "en"],
                 ["water-resilience": 3, "climate-governance": 2], name: "Pune पुणे", networks: ["CSCAF"]),
            city("shenzhen", .pilot, capacity: 1, region: "East Asia", languages: ["zh"],
                 ["e-mobility": 3, "public-transport": 2], name: "Shenzhen 深圳", country: "CN", networks: ["C40"]),
            city("medellin", .peer, region: "Latin America", languages: ["es"],
                 ["e-mobility": 2, "public-transport": 3], name: "Medellín", country: "CO", networks: ["C40"]),
            city("sao-paulo", .peer, region: "Latin America", languages: ["pt"],
                 ["e-mobility": 3, "flood-management": 1], name: "São Paulo", country: "BR", networks: ["C40"]),
            city("accra", .peer, region: "Sub-Saharan Africa", languages: ["en"],
                 ["water-resilience": 3, "flood-management": 2], name: "Accra", country: "GH", networks: ["C40"]),
            city("surat", .peer, region: "South Asia", languages: ["gu", "hi", "en"],
                 ["flood-management": 3], name: "Surat સુરત", networks: ["CSCAF"]),
            city("casablanca", .member, region: "Middle East & North Africa", languages: ["ar", "fr"],
                 ["climate-governance": 1], name: "Casablanca الدار البيضاء", country: "MA"),
        ]
        let pairings = [
            Pairing(pilot: "chennai", peer: "surat", start: day("2026-02-01"), cohort: "2026-spring"),
            Pairing(pilot: "shenzhen", peer: "sao-paulo", start: day("2026-03-01")),
        ]
        let sessions = [
            Session(id: "s000001", date: day("2026-02-20"), pilot: "chennai", peer: "surat", format: .webinar,
                    area: "flood-management"),
            Session(id: "s000002", date: day("2026-04-11"), pilot: "chennai", peer: "surat", format: .cityVisit,
                    area: "water-resilience"),
            Session(id: "s000003", date: day("2026-05-02"), pilot: "shenzhen", peer: "sao-paulo", format: .call),
        ]
        return ForumData(forum: Forum(name: "Test Forum"), cities: cities, pairings: pairings, sessions: sessions)
    }
}
