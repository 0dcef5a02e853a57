/// The five screens of the title bar. Those still to come say plainly what
/// they will do (`plannedText`).
public enum ScreenID: Int, CaseIterable, Sendable {
    case cities = 1, match, pairs, sessions, reports

    public var title: String {
        switch self {
        case .cities: "Cities"
        case .match: "Match"
        case .pairs: "Pairs"
        case .sessions: "Sessions"
        case .reports: "Reports"
        }
    }

    /// What a screen not built yet will do.
    var plannedText: [String] {
        switch self {
        case .cities: []
        case .match: [
            "Match is coming in a later issue.",
            "It will propose pilot–peer pairs with the optimal or the stable engine,",
            "show why each pair fits, and let you accept, pin or exclude them.",
            "Meanwhile: `peermatch match` on the command line, or `m` on a city here.",
        ]
        case .pairs: [
            "Pairs is coming in a later issue.",
            "It will list active and ended pairings, flag stale ones,",
            "and let you end a pairing or record its cohort.",
        ]
        case .sessions: [
            "Sessions is coming in a later issue.",
            "It will list co-learning sessions, their outcomes and follow-ups due,",
            "and let you log a new session.",
        ]
        case .reports: [
            "Reports is coming in a later issue.",
            "It will chart sessions per area and per month, coverage of peers,",
            "and export the forum's report as HTML or Markdown.",
        ]
        }
    }

    var next: ScreenID { ScreenID(rawValue: rawValue % 5 + 1)! }
    var previous: ScreenID { ScreenID(rawValue: (rawValue + 3) % 5 + 1)! }
}
