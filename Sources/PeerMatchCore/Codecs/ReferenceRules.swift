/// "Does this id name a city of this role?", the same answer for every importer.
struct ReferenceRules {
    let data: ForumData
    let index: [String: Int]

    init(data: ForumData) {
        self.data = data
        index = data.cityIndex()
    }

    /// With `role` nil, any city will do.
    func problem(city id: String, role: CityRole?) -> ImportError.Problem? {
        if id.isEmpty { return .required }
        guard let k = index[id] else {
            return .unknownCity(id, suggestions: Suggestions.closest(to: id, in: data.cities.lazy.map(\.id)))
        }
        let actual = data.cities[k].role
        guard let role else { return nil }
        return actual == role ? nil : .wrongRole(id, expected: role, actual: actual)
    }
}
