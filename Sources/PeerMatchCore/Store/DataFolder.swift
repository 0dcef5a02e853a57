/// A forum's data folder: JSON files, read whole, written atomically under a lock.
public struct DataFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `explicit` (from `--data`), else `$PEERMATCH_DATA`, else `./data`.
    public static func resolvePath(explicit: String?, environment: [String: String] = currentEnvironment()) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["PEERMATCH_DATA"], !env.isEmpty { return env }
        return "data"
    }
}
