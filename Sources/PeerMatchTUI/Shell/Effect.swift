import PeerMatchCore

/// What handling an event asks for besides changing the controller's own
/// state. Controllers return effects; the shell (`AppModel`) carries out
/// those about screens, overlays, edits and the status line, and hands the
/// rest (`isOutside`) to the event loop, which talks to the world.
public enum Effect: Sendable {
    // Screens and overlays
    case push(any ScreenController)
    case pop
    /// Back to the tab's own screen.
    case popToRoot
    case showTab(Int)
    case openOverlay(any OverlayController)
    case closeOverlay
    /// Hands a result to the screen under the overlays.
    case deliver(ShellMessage)
    /// Says what was just done, on the status line.
    case message(String)

    // Edits
    /// Applies an edit to the working copy (not yet saved); undoable.
    case edit(ReversibleEdit)
    case undo
    case redo
    /// Writes the unsaved edits to the data folder (`DataFolder.update`, under the lock).
    case save
    /// Leaves the app; asks first when edits are unsaved.
    case quit
    /// Leaves without asking (the confirmation said yes).
    case quitDiscardingEdits
    /// Reloads the data folder now, dropping unsaved edits.
    case reload

    // The coordinator's workspace (one undo stack with the edits)
    /// Makes this the workspace, as an undoable step described by the string ("pin pune–accra").
    case workspace(Workspace, String)
    /// Solves the workspace's remaining capacity in the background; with a
    /// description, the result lands as an undoable step ("re-run the match").
    case solveWorkspace(recordAs: String?)
    /// Writes the workspace to the data folder (`Workspace.commit`, under the lock).
    case commitWorkspace(cohort: String)

    // Background work
    case startJob(BackgroundJob)
    case cancelJob

    // The world (run by the event loop)
    /// Runs the work off the input thread; its progress and result come back as `JobEvent`s.
    case run(JobTicket)
    /// Marks a running job cancelled: it stops at its next check, its result is dropped.
    case cancel(jobID: Int)
    /// Opens a file in `$VISUAL` or `$EDITOR` with the terminal handed over.
    case openEditor(path: String)
    /// Redraws every cell of the terminal (Ctrl-L).
    case repaint
}
