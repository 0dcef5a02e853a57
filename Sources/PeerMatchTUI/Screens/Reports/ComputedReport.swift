import PeerMatchCore

/// A report computed in the background, with the request it answers: a
/// result for an older request (the filter changed since) is dropped.
struct ComputedReport: Sendable {
    static let tag = "report"
    var request: Int
    var report: Report
}

/// Where each session is in the data a report was computed from, built by a
/// second background job once the report is shown (not before: at 100,000
/// sessions it would delay the first figures), so a drill-down looks its
/// sessions up at once.
struct SessionPositions: Sendable {
    static let tag = "report-sessions"
    var request: Int
    var position: [String: Int]

    init(request: Int, sessions: [Session]) {
        self.request = request
        var position: [String: Int] = [:]
        position.reserveCapacity(sessions.count)
        for (i, s) in sessions.enumerated() { position[s.id] = i }
        self.position = position
    }
}
