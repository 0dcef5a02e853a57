import PeerMatchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DataFolder {
    /// Throws the store's own error when there is no forum at the path, so
    /// the app can say so before the terminal changes (the load itself runs
    /// later, in the background, and would say the same).
    func checkIsForum() throws {
        var s = stat()
        guard stat(path, &s) == 0, (s.st_mode & S_IFMT) == S_IFDIR else { throw StoreError.folderMissing(path: path) }
        guard access(filePath(.forum), F_OK) == 0 else { throw StoreError.notAForum(path: path) }
    }
}
