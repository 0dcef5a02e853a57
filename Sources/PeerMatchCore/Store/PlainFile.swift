/// File access for files outside a data folder (import sources, export targets).
public enum PlainFile {
    /// The file's bytes, or nil when it does not exist.
    public static func read(_ path: String) throws -> [UInt8]? { try FileIO.read(path) }

    /// All of standard input (for `import … -`).
    public static func readStandardInput() throws -> [UInt8] { try FileIO.readAll(fd: 0, path: "standard input") }

    /// Replaces `path` atomically: a crash leaves the old file or the new one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        try FileIO.writeAtomically(bytes, to: path, folder: folder.isEmpty ? "/" : folder, name: name)
    }
}
