import PeerMatchCore

/// What a controller may read while it handles an event or draws: the
/// forum as the screens show it (unsaved edits included) and where it draws.
public struct ScreenContext: Sendable {
    public var catalog: CityCatalog
    /// Scores pairs of the catalog's cities; built off the input thread just
    /// after a load (nil until it lands: whoever needs it first builds one).
    public var scorer: PairScorer?
    /// The coordinator's workspace (issue 15): the draft of pins, exclusions,
    /// new pairs and proposals on top of the forum on disk, until committed.
    public var workspace: Workspace
    /// Changes whenever the workspace or the catalog changes: what a screen
    /// derived from the workspace may be cached under.
    public var workspaceVersion: Int
    /// The whole terminal.
    public var screen: Rect
    /// Between the title bar and the two status lines.
    public var body: Rect { Rect(x: 0, y: 1, width: screen.width, height: screen.height - 3) }

    public init(catalog: CityCatalog, scorer: PairScorer?, screen: Rect, workspace: Workspace? = nil, workspaceVersion: Int = 0) {
        self.workspaceVersion = workspaceVersion
        self.catalog = catalog
        self.workspace = workspace ?? Workspace(catalog.data)
        self.scorer = scorer
        self.screen = screen
    }
}
