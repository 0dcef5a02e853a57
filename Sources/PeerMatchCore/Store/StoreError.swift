/// What can go wrong with a data folder, in words that say how to fix it.
public enum StoreError: PeerMatchError, Equatable {
    /// No folder at the path.
    case folderMissing(path: String)
    /// The folder exists but holds no forum.json.
    case notAForum(path: String)
    /// `init` on a folder that already holds a forum.
    case alreadyAForum(path: String)
    /// Another process holds the write lock and did not let go in time.
    case locked(path: String, holder: String, waitedSeconds: Double)
    /// The operating system refused (permissions, disk full...).
    case io(path: String, operation: String, reason: String)
    /// `PEERMATCH_LOCK_TIMEOUT` is not a number of seconds.
    case badLockTimeout(value: String)

    public var description: String {
        switch self {
        case .folderMissing(let path):
            "no data folder at \(path); create one with `peermatch init \(path)`, or point --data or PEERMATCH_DATA at an existing one"
        case .notAForum(let path):
            "\(path) is not a PeerMatch data folder (it has no forum.json); run `peermatch init \(path)` to make one there"
        case .alreadyAForum(let path):
            "\(path) already holds a forum (forum.json exists); nothing was changed"
        case .locked(let path, let holder, let waited):
            "the data folder \(path) is being changed by another peermatch (\(holder)); waited \(waited) s, nothing was changed; try again when it has finished"
        case .io(let path, let operation, let reason):
            "cannot \(operation) \(path): \(reason); nothing was changed"
        case .badLockTimeout(let value):
            "\(LockTimeout.variable) is \"\(value)\"; expected a number of seconds from 0 to 86400, such as 5 or 0.5"
        }
    }
}
