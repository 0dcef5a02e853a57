/// The files of a data folder. Each is written whole and atomically, so one
/// command that changes one file can never leave it half-written.
public enum DataFile: String, CaseIterable, Sendable {
    case forum = "forum.json"
    case cities = "cities.json"
    case pairings = "pairings.json"
    case sessions = "sessions.json"
    /// Officers' requests; optional (a folder without it has none).
    case requests = "requests.json"

    /// The schema this version writes and the newest it reads.
    public static let schemaVersion = 1
}
