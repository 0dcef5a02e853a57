#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forum's data folder: `forum.json`, `cities.json`, `pairings.json`,
/// `sessions.json`, `requests.json` (see docs/DATA.md). Read whole; changed only through
/// `update`, which holds the write lock and replaces each changed file
/// atomically, so a crash leaves every file either old or new.
public struct DataFolder: Sendable {
    public let path: String
    /// Seconds a writer waits for another one to finish before giving up;
    /// nil: `PEERMATCH_LOCK_TIMEOUT` (read when the lock is taken, so a bad
    /// value is an error there).
    public let lockTimeout: Double?

    public init(path: String, lockTimeout: Double? = nil) {
        self.path = path
        self.lockTimeout = lockTimeout
    }

    private func timeout() throws -> Double { try lockTimeout ?? LockTimeout.fromEnvironment() }

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
        let lock = try FileLock.acquireExclusive(folder: path, timeout: folder.timeout())
        defer { withExtendedLifetime(lock) {} }
        if FileIO.exists(folder.filePath(.forum)) { throw StoreError.alreadyAForum(path: path) }
        let data = ForumData(forum: Forum(name: forumName))
        // The lock and temporary files are not data: keep them out of git.
        if !FileIO.exists("\(path)/.gitignore") {
            try FileIO.writeAtomically(Array(gitignore.utf8), to: "\(path)/.gitignore", folder: path, name: ".gitignore")
        }
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

    /// What `init` writes as the folder's `.gitignore`.
    static let gitignore = "# Not data: the write lock and files being written (see docs/DATA.md).\n.lock\n.*.tmp-*\n"
    /// Written by `create` (and over `legacyGitAttributes` when sessions.json
    /// is rewritten): sessions.json is laid out so that git's built-in union
    /// merge keeps the sessions two branches logged (SessionCodec, layout 2),
    /// with nothing to configure in a clone.
    public static let gitAttributes = """
        # sessions.json is laid out so that git's built-in union merge keeps
        # the sessions logged on both branches (docs/DATA.md).
        # Run `peermatch check` after a merge.
        sessions.json merge=union

        """

    /// What `create` wrote before sessions.json layout 2: a merge driver each
    /// clone had to configure.
    static let legacyGitAttributes = """
        # Merge sessions.json by session id (docs/DATA.md). Set up once per clone:
        #   git config merge.peermatch-sessions.driver "peermatch merge-sessions %O %A %B"
        sessions.json merge=peermatch-sessions

        """

    /// Replaces `.gitattributes` only when it is exactly what an older
    /// PeerMatch wrote; a file someone edited is theirs.
    private func upgradeGitAttributes() throws {
        let attributes = "\(path)/.gitattributes"
        guard let bytes = try FileIO.read(attributes), bytes.elementsEqual(Self.legacyGitAttributes.utf8) else { return }
        try FileIO.writeAtomically(Array(Self.gitAttributes.utf8), to: attributes, folder: path, name: ".gitattributes")
    }

    /// Reads the whole forum. Malformed files are refused with `file:line:column`.
    public func load() throws -> ForumData {
        try checkExists()
        let timeout = try timeout()
        if let lock = try FileLock.acquireShared(folder: path, timeout: timeout) {
            return try withExtendedLifetime(lock) { try loadUnlocked() }
        }
        // No `.lock` yet (a fresh clone: it is not in git), and a reader must
        // not create it. Writers create it before writing anything and never
        // remove it, so if it is still absent after reading, no writer ran
        // during the read; if it appeared, read again under the lock.
        do {
            let data = try loadUnlocked()
            if !FileLock.exists(folder: path) { return data }
        } catch {
            if !FileLock.exists(folder: path) { throw error }
        }
        let lock = try FileLock.acquireShared(folder: path, timeout: timeout)
        return try withExtendedLifetime(lock) { try loadUnlocked() }
    }

    /// Changes the forum under the write lock: loads it, lets `body` change it,
    /// then writes each file whose bytes changed, atomically. If `body` throws,
    /// nothing is written. A second writer waits (PEERMATCH_LOCK_TIMEOUT s), then fails.
    @discardableResult
    public func update<T>(_ body: (inout ForumData) throws -> T) throws -> T {
        try checkExists()
        let lock = try FileLock.acquireExclusive(folder: path, timeout: timeout())
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
            (.sessions, data.sessions != old.sessions || data.deletedSessions != old.deletedSessions),
            (.requests, data.requests != old.requests),
        ]
        for (file, isChanged) in changed where isChanged {
            try FileIO.writeAtomically(ForumFileCodec.encode(data, file), to: filePath(file), folder: path, name: file.rawValue)
        }
        // sessions.json is now in layout 2, which the old driver line does not need.
        if changed.contains(where: { $0 == (.sessions, true) }) { try upgradeGitAttributes() }
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
        let sessions = try SessionCodec.readDataFile(try required(.sessions), file: filePath(.sessions))
        // requests.json is optional: it appears with the first request.
        let requests = try FileIO.read(filePath(.requests)).map { try RequestCodec.readJSON($0, file: filePath(.requests)) } ?? []
        return ForumData(forum: forum, cities: cities, pairings: links.pairings,
                         pins: links.pins, exclusions: links.exclusions, sessions: sessions.sessions,
                         exclusionNotes: links.exclusionNotes, requests: requests, deletedSessions: sessions.deleted)
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
