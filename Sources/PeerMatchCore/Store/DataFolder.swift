#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forum's data folder: `forum.json`, `cities.json`, `pairings.json`,
/// `sessions.json` (see docs/DATA.md). Read whole; changed only through
/// `update`, which holds the write lock and replaces each changed file
/// atomically, so a crash leaves every file either old or new.
public struct DataFolder: Sendable {
    public let path: String
    /// Seconds a writer waits for another one to finish before giving up.
    public let lockTimeout: Double

    public init(path: String, lockTimeout: Double? = nil) {
        self.path = path
        self.lockTimeout = lockTimeout ?? FileLock.defaultTimeout
    }

    /// `explicit` (from `--data`), else `$PEERMATCH_DATA`, else `./data`.
    public static func resolvePath(explicit: String?, environment: [String: String] = currentEnvironment()) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["PEERMATCH_DATA"], !env.isEmpty { return env }
        return "data"
    }

    public func filePath(_ file: DataFile) -> String { "\(path)/\(file.rawValue)" }

    /// Makes an empty forum: the folder (if needed) and its four files.
    /// Refuses a folder that already holds a forum.
    public static func create(at path: String, forumName: String) throws -> DataFolder {
        if !FileIO.isDirectory(path) {
            if FileIO.exists(path) { throw StoreError.io(path: path, operation: "create the folder", reason: "a file is in the way") }
            guard mkdir(path, 0o755) == 0 else {
                throw StoreError.io(path: path, operation: "create the folder", reason: FileIO.errorText())
            }
        }
        let folder = DataFolder(path: path)
        let lock = try FileLock.acquireExclusive(folder: path)
        defer { withExtendedLifetime(lock) {} }
        if FileIO.exists(folder.filePath(.forum)) { throw StoreError.alreadyAForum(path: path) }
        let data = ForumData(forum: Forum(name: forumName))
        if !FileIO.exists("\(path)/.gitattributes") {
            try FileIO.writeAtomically(Array(gitAttributes.utf8), to: "\(path)/.gitattributes", folder: path, name: ".gitattributes")
        }
        // forum.json last: until it exists the folder is not a forum, so a crash
        // half-way leaves nothing that looks like one.
        for file in [DataFile.cities, .pairings, .sessions, .forum] { // requests.json comes with the first request
            try FileIO.writeAtomically(ForumFileCodec.encode(data, file), to: folder.filePath(file), folder: path, name: file.rawValue)
        }
        return folder
    }

    /// Written by `create`: sessions added on two git branches land at the
    /// same place in sessions.json (after the last one) and conflict as text;
    /// the `peermatch merge-sessions` driver merges them by id instead. Git
    /// uses it once the repository has the driver configured (docs/DATA.md);
    /// without it, git merges the file as text, as before.
    public static let gitAttributes = """
        # Merge sessions.json by session id (docs/DATA.md). Set up once per clone:
        #   git config merge.peermatch-sessions.driver "peermatch merge-sessions %O %A %B"
        sessions.json merge=peermatch-sessions

        """

    /// Reads the whole forum. Malformed files are refused with `file:line:column`.
    public func load() throws -> ForumData {
        try checkExists()
        let lock = try FileLock.acquire(folder: path, exclusive: false, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        return try loadUnlocked()
    }

    /// Changes the forum under the write lock: loads it, lets `body` change it,
    /// then writes each file whose bytes changed, atomically. If `body` throws,
    /// nothing is written. A second writer waits (PEERMATCH_LOCK_TIMEOUT s), then fails.
    @discardableResult
    public func update<T>(_ body: (inout ForumData) throws -> T) throws -> T {
        try checkExists()
        let lock = try FileLock.acquireExclusive(folder: path, timeout: lockTimeout)
        defer { withExtendedLifetime(lock) {} }
        removeStaleTemporaryFiles()
        let old = try loadUnlocked()
        var data = old
        let result = try body(&data)
        data.normalize()
        // Referenced records before the records that refer to them; a file
        // whose records did not change is not touched.
        let changed: [(DataFile, Bool)] = [
            (.forum, data.forum != old.forum),
            (.cities, data.cities != old.cities),
            (.pairings, data.pairings != old.pairings || data.pins != old.pins || data.exclusions != old.exclusions
                || data.exclusionNotes != old.exclusionNotes),
            (.sessions, data.sessions != old.sessions),
            (.requests, data.requests != old.requests),
        ]
        for (file, isChanged) in changed where isChanged {
            try FileIO.writeAtomically(ForumFileCodec.encode(data, file), to: filePath(file), folder: path, name: file.rawValue)
        }
        return result
    }

    private func checkExists() throws {
        guard FileIO.isDirectory(path) else { throw StoreError.folderMissing(path: path) }
        guard FileIO.exists(filePath(.forum)) else { throw StoreError.notAForum(path: path) }
    }

    /// Reads one file at a time and lets its bytes go once decoded, so the
    /// peak is the model plus the largest file, not every file at once.
    private func loadUnlocked() throws -> ForumData {
        guard let forumBytes = try FileIO.read(filePath(.forum)) else { throw StoreError.notAForum(path: path) }
        let forum = try ForumCodec.readJSON(forumBytes, file: filePath(.forum))
        let cities = try CityCodec.readJSON(try required(.cities), file: filePath(.cities), knownAreas: Set(forum.areaIDs))
        let links = try PairingCodec.readJSON(try required(.pairings), file: filePath(.pairings))
        let sessions = try SessionCodec.readJSON(try required(.sessions), file: filePath(.sessions))
        // requests.json is optional: it appears with the first request.
        let requests = try FileIO.read(filePath(.requests)).map { try RequestCodec.readJSON($0, file: filePath(.requests)) } ?? []
        return ForumData(forum: forum, cities: cities, pairings: links.pairings,
                         pins: links.pins, exclusions: links.exclusions, sessions: sessions,
                         exclusionNotes: links.exclusionNotes, requests: requests)
    }

    /// A data file's bytes; a missing one is an error, never an empty list.
    private func required(_ file: DataFile) throws -> [UInt8] {
        guard let bytes = try FileIO.read(filePath(file)) else {
            let empty = String(decoding: ForumFileCodec.encode(ForumData(forum: Forum(name: "")), file), as: UTF8.self)
            throw StoreError.missingFile(path: filePath(file),
                                         emptyContent: empty.split(whereSeparator: \.isNewline)
                                             .map { String($0).trimmingSpaces }.joined(separator: " "))
        }
        return bytes
    }

    /// Temporary files left by a process killed mid-write (never read).
    private func removeStaleTemporaryFiles() {
        for name in FileIO.list(path) where name.hasPrefix(".") && name.contains(".json.tmp-") {
            unlink("\(path)/\(name)")
        }
    }
}
