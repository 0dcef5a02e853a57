import PeerMatchCore

/// A forum read from the data folder and prepared for the screens, built off
/// the input thread: the data as on disk and the catalog. (The partner scorer
/// follows in a job of its own, so the table need not wait for it.)
public struct LoadedForum: Sendable {
    public var data: ForumData
    public var catalog: CityCatalog
    /// The folder as it was just before reading, to notice later changes.
    public var stamp: FolderStamp

    public init(data: ForumData, stamp: FolderStamp) {
        self.data = data
        catalog = CityCatalog(data)
        self.stamp = stamp
    }

    /// Loading (or reloading) as a background job.
    static func loadJob(_ folder: DataFolder, reason: DiskReason) -> BackgroundJob {
        BackgroundJob(reason == .initialLoad ? "loading" : "reloading", cancellable: false, dependsOnShownData: false) { progress in
            let stamp = FolderStamp(folder)
            progress.report(nil, "reading \(folder.path)")
            let data = try folder.load()
            progress.report(nil, "preparing \(data.cities.count.grouped) cities")
            return .disk(LoadedForum(data: data, stamp: stamp), reason)
        }
    }

    /// Writing the unsaved edits as a background job: under the folder's
    /// lock, on top of the files as they are now; an edit that no longer
    /// fits refuses the whole write and nothing changes.
    static func saveJob(_ folder: DataFolder, edits: [ReversibleEdit]) -> BackgroundJob {
        BackgroundJob("saving", cancellable: false, dependsOnShownData: false) { progress in
            progress.report(nil, "writing \(edits.count) edit\(edits.count == 1 ? "" : "s")")
            var data = try folder.update { data -> ForumData in
                for e in edits { try e.apply(&data) }
                return data
            }
            data.normalize()
            return .disk(LoadedForum(data: data, stamp: FolderStamp(folder)), .saved(edits: edits.count))
        }
    }
}
