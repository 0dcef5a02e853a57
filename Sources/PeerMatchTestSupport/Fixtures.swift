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
