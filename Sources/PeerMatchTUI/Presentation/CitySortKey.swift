/// Columns the cities table sorts by; `s` cycles through them.
public enum CitySortKey: String, CaseIterable, Sendable {
    case name, country, region, role, capacityLeft = "capacity left", sessions

    var next: CitySortKey {
        let all = CitySortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
