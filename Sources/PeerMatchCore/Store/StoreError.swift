/// What can go wrong with a data folder; the words that say how to fix it
/// are in ErrorSentences.swift.
public enum StoreError: PeerMatchError, Equatable {
    /// No folder at the path.
    case folderMissing(path: String)
    /// The folder exists but holds no forum.json.
    case notAForum(path: String)
    /// A forum whose cities.json, pairings.json or sessions.json is gone:
    /// refused rather than read as empty (the next write would make it so).
    case missingFile(path: String, emptyContent: String)
    /// `init` on a folder that already holds a forum.
    case alreadyAForum(path: String)
    /// Another process holds the write lock and did not let go in time.
    case locked(path: String, holder: String, waitedSeconds: Double)
    /// The operating system refused (permissions, disk full...).
    case io(path: String, operation: String, reason: String)
}
