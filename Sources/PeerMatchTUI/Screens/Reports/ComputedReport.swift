import PeerMatchCore

/// A report computed in the background, with the request it answers: a
/// result for an older request (the filter changed since) is dropped.
struct ComputedReport: Sendable {
    static let tag = "report"
    var request: Int
    var report: Report
}
