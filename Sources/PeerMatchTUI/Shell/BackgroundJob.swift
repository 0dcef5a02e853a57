import PeerMatchCore

/// Long work run off the input thread: a load, a save, a re-solve, a report.
/// `work` checks `progress.isCancelled` now and then and reports how far it is.
public struct BackgroundJob: Sendable {
    /// What the status line says while it runs: "loading", "solving".
    public var title: String
    /// Whether `Esc` may cancel it (a save may not: it is writing).
    public var cancellable: Bool
    /// Whether its result is about the data the screens show, and so is
    /// dropped when that data changed while it ran (an edit, undo, reload).
    /// Loads and saves are about the disk and always land.
    public var dependsOnShownData: Bool
    public var work: @Sendable (JobProgress) throws -> JobOutcome

    public init(_ title: String, cancellable: Bool = true, dependsOnShownData: Bool = true,
                work: @escaping @Sendable (JobProgress) throws -> JobOutcome) {
        self.title = title
        self.cancellable = cancellable
        self.dependsOnShownData = dependsOnShownData
        self.work = work
    }
}

/// What a job computed.
public enum JobOutcome: Sendable {
    /// The data folder as read (or as just written): becomes what the app shows.
    case disk(LoadedForum, DiskReason)
    /// The working copy (disk data plus unsaved edits) prepared for the screens.
    case prepared(CityCatalog, PairScorer?)
    /// The partner scorer of the shown data.
    case scorer(PairScorer)
    /// Proposals solved from `input` (a workspace's `solveInput`); `recordAs`
    /// makes them an undoable step.
    case proposals(MatchResult, input: ForumData, recordAs: String?)
    /// A result for the screen that started the job.
    case message(ShellMessage)
}

/// Why the forum was read.
public enum DiskReason: Sendable, Equatable {
    case initialLoad
    case reload
    /// Written with this many unsaved edits.
    case saved(edits: Int)
    /// The workspace was committed: this many pairs made active.
    case committed(pairs: Int, cohort: String)
}

/// A job handed to the event loop: which one, and the data generation it started from.
public struct JobTicket: Sendable {
    public var id: Int
    public var generation: Int
    public var job: BackgroundJob
}

/// What comes back from a running job.
public enum JobEvent: Sendable {
    case progress(id: Int, fraction: Double?, note: String?)
    case finished(id: Int, JobOutcome)
    /// The job threw: the sentence to show.
    case failed(id: Int, reason: String)
}

/// Thrown by `JobProgress.checkCancelled()`: the job stops, nothing is shown.
public struct JobCancelled: Error {}

extension DiskReason {
    var isCommit: Bool {
        if case .committed = self { return true }
        return false
    }
}
