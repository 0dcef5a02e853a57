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
/// The rows come from Core: `SessionIndex`/`SessionSearch` for the log,
/// `openFollowUps` and `stalePairs` for the other two lists.
public struct SessionsState: Sendable {
    public var list: SessionsList = .sessions
    public var filter = SessionFilter()
    public var isTypingSearch = false
    public var searchBeforeTyping = ""
    public var searchIsSelected = false
    public var cursor = ListCursor()
    public let today: Day
    public private(set) var index: SessionIndex
    public private(set) var followUps: [FollowUp] = []
    public private(set) var stale: [StalePair] = []
    public private(set) var overdueCount = 0
    /// Positions in `index.sessions` shown, in date order.
    public private(set) var visible: [Int] = []
    private var search = SessionSearch()
    /// Each pair's sessions (positions in `index.sessions`) and pairings, so
    /// the timeline pane asks Core about one pair's slice of the forum, not
    /// all of it, on every frame.
    private var sessionsOfPair: [PairKey: [Int]] = [:]
    private var pairingsOfPair: [PairKey: [Pairing]] = [:]
    private var forum: Forum
    /// The pairings the lists were built from (an edit elsewhere in the app
    /// leaves them and the sessions as they were: no rebuild then).
    private var pairings: [Pairing] = []

    public init(data: ForumData, today: Day) {
        self.today = today
        index = SessionIndex(data)
        forum = data.forum
        prepare(data)
        visible = search.matching(filter, in: index)
    }

    private mutating func prepare(_ data: ForumData) {
        followUps = data.openFollowUps(today: today)
        overdueCount = followUps.lazy.filter(\.isOverdue).count
        stale = data.stalePairs(today: today)
        forum = data.forum
        pairings = data.pairings
        sessionsOfPair = [:]
        for (i, s) in index.sessions.enumerated() { sessionsOfPair[s.pair, default: []].append(i) }
        pairingsOfPair = Dictionary(grouping: data.pairings, by: \.key)
    }

    /// The forum cut down to one pair: its pairings and sessions (what
    /// `timeline`, `goalProgress` and `fitFlag` read).
    public func slice(for pair: PairKey) -> ForumData {
        ForumData(forum: forum, pairings: pairingsOfPair[pair] ?? [],
                  sessions: (sessionsOfPair[pair] ?? []).map { index.sessions[$0] })
    }

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

    /// The log changed (a load, an edit, an undo): rebuild, keep the selection by session id.
    mutating func rebuild(_ data: ForumData, visibleRows: Int) {
        // Unchanged arrays share storage with the last ones: comparing them is O(1) then.
        let sessionsChanged = data.sessions != index.sessions
        guard sessionsChanged || data.pairings != pairings || data.forum != forum else { return }
        let keepSession = selectedSession?.id, keepPair = selectedPair
        if sessionsChanged {
            index = SessionIndex(data)
            search.reset()
        }
        prepare(data)
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
