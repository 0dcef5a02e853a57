/// Columns the cities table sorts by (only columns it shows); `s` cycles
/// through them. Ascending (`↑`) is the natural order of every key: A to Z,
/// pilot before peer before member, fewest places left first.
public enum CitySortKey: String, CaseIterable, Sendable {
    case name, country, region, role, capacityLeft = "capacity left"

    /// The header of the table column this key sorts (what a header click names).
    public var columnHeader: String {
        switch self {
        case .name: "name"
        case .country: "cc"
        case .region: "region"
        case .role: "role"
        case .capacityLeft: "cap"
        }
    }

    /// The key that sorts the column with this header, if any.
    public init?(columnHeader: String) {
        guard let key = CitySortKey.allCases.first(where: { $0.columnHeader == columnHeader }) else { return nil }
        self = key
    }

    var next: CitySortKey {
        let all = CitySortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
