import PeerMatchCore

/// What is behind one bar or row of the report: the pairs, sessions and
/// cities (peers left without a pilot) it counts.
struct DrillTarget: Hashable, Sendable {
    var title: String
    var pairs: [PairKey] = []
    var sessions: [String] = []
    var cities: [String] = []
}
