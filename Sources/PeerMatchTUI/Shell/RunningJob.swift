/// A job the shell started and has not heard the end of.
struct RunningJob: Sendable {
    var id: Int
    var title: String
    var cancellable: Bool
    var dependsOnShownData: Bool
    /// The data generation it started from.
    var generation: Int
    var fraction: Double?
    var note: String?

    /// `solving 42% · matching pilots`
    var statusText: String {
        var s = "\(title)…"
        if let fraction { s += " \(Int((fraction * 100).rounded(.down)))%" }
        if let note { s += " · \(note)" }
        return s
    }
}
