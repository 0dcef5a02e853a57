import PeerMatchCore

/// The workspace's long work, off the input thread: solving the remaining
/// capacity and committing to the data folder.
enum WorkspaceJobs {
    static let solveTitle = "solving"

    /// Runs the match on `workspace.solveInput` with progress; `Esc` cancels.
    /// The result lands only if the workspace still has the same solve input
    /// (`Workspace.withProposals`), so an edit made meanwhile drops it.
    static func solve(_ workspace: Workspace, recordAs: String?) -> BackgroundJob {
        BackgroundJob(solveTitle, cancellable: true, dependsOnShownData: false) { progress in
            let input = workspace.solveInput
            progress.report(0, "\(workspace.algorithm.rawValue) match")
            let control = MatchControl(isCancelled: { progress.isCancelled }, progress: { progress.report($0) })
            let result = try MatchEngine.run(input, algorithm: workspace.algorithm, control: control)
            return .proposals(result, input: input, recordAs: recordAs)
        }
    }

    /// Commits under the folder's lock, re-applied to the files as they are now;
    /// a refusal writes nothing and is said on the status line.
    static func commit(_ workspace: Workspace, to folder: DataFolder, cohort: String, on day: Day) -> BackgroundJob {
        BackgroundJob("committing", cancellable: false, dependsOnShownData: false) { progress in
            progress.report(nil, "writing to \(folder.path)")
            let pairs = workspace.pendingPairs.count
            var data = try workspace.commit(to: folder, cohort: cohort, on: day)
            data.normalize()
            return .disk(LoadedForum(data: data, stamp: FolderStamp(folder)), .committed(pairs: pairs, cohort: cohort))
        }
    }
}
