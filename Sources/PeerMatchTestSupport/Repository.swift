/// Files of this repository (the sample data folder and CSVs), found from
/// this source file's path, so tests run from any working directory.
public enum Repository {
    public static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3) // Sources/PeerMatchTestSupport/Repository.swift
        return parts.joined(separator: "/")
    }()

    public static func path(_ relative: String) -> String { "\(root)/\(relative)" }
}
