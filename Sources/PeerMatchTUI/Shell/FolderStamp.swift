import PeerMatchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the four files of a data folder look like from outside: inode, size
/// and modification time. Any write by another process (a CLI import, `git
/// pull`, an editor) changes at least one of them, as every writer replaces
/// files whole. Four `stat` calls: cheap enough to poll every second.
public struct FolderStamp: Hashable, Sendable {
    struct FileStamp: Hashable, Sendable {
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }
    let files: [FileStamp?]

    public init(_ folder: DataFolder) {
        files = DataFile.allCases.map { file in
            var s = stat()
            guard stat(folder.filePath(file), &s) == 0 else { return nil }
            #if canImport(Darwin)
            let time = s.st_mtimespec
            #else
            let time = s.st_mtim
            #endif
            return FileStamp(inode: UInt64(s.st_ino), size: Int64(s.st_size), seconds: Int(time.tv_sec),
                             nanoseconds: Int(time.tv_nsec))
        }
    }
}
