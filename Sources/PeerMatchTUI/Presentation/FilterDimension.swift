/// A filter the chooser sets.
public enum FilterDimension: String, CaseIterable, Sendable {
    case role, area, region, network
}
