import PeerMatchCore

/// Which list the Sessions screen shows.
public enum SessionsList: String, CaseIterable, Sendable {
    case sessions
    case followUps = "open follow-ups"
    case stale = "stale pairs"

    var next: SessionsList {
        let all = SessionsList.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// View state of the Sessions screen: which list, filters, search, selection.
/// The rows come from Core's `SessionsOverview` (`SessionIndex`/`SessionSearch`
/// for the log, open follow-ups, stale pairs), patched after an edit of a few
/// sessions and rebuilt in the background after a reload (`isPreparing` meanwhile).
public struct SessionsState: Sendable {
    public var list: SessionsList = .sessions
    public var filter = SessionFilter()
    public var isTypingSearch = false
    public var searchBeforeTyping = ""
    public var searchIsSelected = false
    public var cursor = ListCursor()
    public let today: Day
    public private(set) var overview: SessionsOverview
    /// The shown data changed more than a patch can follow: the lists are
    /// the previous data's until a new overview, built in the background, lands.
    public private(set) var isPreparing = false
    /// Positions in `index.sessions` shown, in date order.
    public private(set) var visible: [Int] = []
    private var search = SessionSearch()

    public init(data: ForumData, today: Day) {
        self.today = today
        overview = SessionsOverview(data, today: today)
        visible = search.matching(filter, in: index)
    }

    public var index: SessionIndex { overview.index }
    public var followUps: [FollowUp] { overview.followUps }
    public var stale: [StalePair] { overview.stale }
    public var overdueCount: Int { overview.overdueCount }

    /// The forum cut down to one pair (what the timeline pane reads).
    public func slice(for pair: PairKey) -> ForumData { overview.slice(for: pair) }

    public var rowCount: Int {
        switch list {
        case .sessions: visible.count
        case .followUps: followUps.count
        case .stale: stale.count
        }
    }

    /// The session of the selected row (none in the stale-pairs list).
    public var selectedSession: Session? {
        guard cursor.selected < rowCount else { return nil }
        switch list {
        case .sessions: return index.sessions[visible[cursor.selected]]
        case .followUps: return followUps[cursor.selected].session
        case .stale: return nil
        }
    }

    /// The pair of the selected row.
    public var selectedPair: PairKey? {
        if list == .stale { return cursor.selected < stale.count ? stale[cursor.selected].pairing.key : nil }
        return selectedSession?.pair
    }

    /// Applies the filter again, keeping the selected session when it stays.
    mutating func refilter(visibleRows: Int) {
        let keep = list == .sessions ? selectedSession?.id : nil
        visible = search.matching(filter, in: index)
        if let keep, let i = visible.firstIndex(where: { index.sessions[$0].id == keep }) {
            cursor.selected = i
        } else {
            cursor.selected = 0
            cursor.top = 0
        }
        cursor.clamp(count: rowCount, visibleRows: visibleRows)
    }

    /// The data changed (a load, an edit, an undo): patch the lists when a
    /// few sessions or pairings changed, keeping the selection by session id.
    /// Returns false when only a rebuild will do (`isPreparing` is set then:
    /// the caller builds a `SessionsOverview` in the background and `install`s it).
    mutating func catchUp(_ data: ForumData, visibleRows: Int) -> Bool {
        guard !overview.isCurrent(for: data) else { return true }
        let keep = (selectedSession?.id, selectedPair)
        // In place: a refused catch-up changes nothing.
        guard overview.catchUp(with: data) else {
            isPreparing = true
            return false
        }
        show(keeping: keep, visibleRows: visibleRows)
        return true
    }

    /// Shows `next` (built in the background), keeping the selection by session id.
    mutating func install(_ next: SessionsOverview, visibleRows: Int) {
        let keep = (selectedSession?.id, selectedPair)
        overview = next
        show(keeping: keep, visibleRows: visibleRows)
    }

    private mutating func show(keeping keep: (session: String?, pair: PairKey?), visibleRows: Int) {
        let keepSession = keep.session, keepPair = keep.pair
        isPreparing = false
        search.reset()
        visible = search.matching(filter, in: index)
        let position: Int? = switch list {
        case .sessions: keepSession.flatMap { id in visible.firstIndex { index.sessions[$0].id == id } }
        case .followUps: keepSession.flatMap { id in followUps.firstIndex { $0.session.id == id } }
        case .stale: keepPair.flatMap { p in stale.firstIndex { $0.pairing.key == p } }
        }
        cursor.selected = min(position ?? cursor.selected, max(0, rowCount - 1))
        cursor.clamp(count: rowCount, visibleRows: visibleRows)
    }

    /// Shows the session with this id selected in the sessions list (clears filters hiding it).
    mutating func reveal(sessionID: String, visibleRows: Int) {
        list = .sessions
        if !visible.contains(where: { index.sessions[$0].id == sessionID }) {
            filter = SessionFilter()
            visible = search.matching(filter, in: index)
        }
        if let i = visible.firstIndex(where: { index.sessions[$0].id == sessionID }) {
            cursor.selected = i
            cursor.top = max(0, i - visibleRows / 2)
        }
        cursor.clamp(count: rowCount, visibleRows: visibleRows)
    }
}
