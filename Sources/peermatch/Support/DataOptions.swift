import ArgumentParser
import PeerMatchCore

/// `--data DIR`, shared by every command that reads or writes a forum.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The forum's data folder (default: $PEERMATCH_DATA, else ./data).", valueName: "dir"))
    var data: String?

    var resolvedPath: String { DataFolder.resolvePath(explicit: data) }
    var folder: DataFolder { DataFolder(path: resolvedPath) }
}
