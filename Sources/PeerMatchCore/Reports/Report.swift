/// What the forum has achieved, as figures: the one value behind the Reports
/// screen and `peermatch report` (Markdown, HTML, JSON). Every bar and row
/// keeps the ids of the pairs or sessions behind it, so a screen can drill
/// down without computing anything again. Built by `ReportBuilder`.
public struct Report: Hashable, Sendable {
    public var forumName: String
    public var filter: ReportFilter
    /// The day "stale" and "overdue" are measured from.
    public var today: Day
    public var staleAfterDays: Int
    /// Sessions in the date range (and of the cohort's pairs).
    public var sessionCount: Int
    /// Pairings of the cohort that ran at some time in the range.
    public var pairingCount: Int
    /// One bar per month from the first to the last session in scope, empty months included.
    public var sessionsPerMonth: [MonthBar]
    /// One row per cohort label (empty label = no cohort), in label order.
    public var pairsByCohort: [CohortRow]
    /// Active pairings of the scope with no session for more than
    /// `staleAfterDays` (`ForumData.stalePairs`), quietest first.
    public var stalePairs: [StalePair]
    /// Fit checks of the pairings in scope, and the pairs flagged for the coordinator.
    public var fit: FitRows
    /// Learning goals of the pairings in scope: milestones reached, by pair.
    public var goals: [GoalRow]
    /// Forum events in scope (sessions other cities attended too).
    public var eventCount: Int
    /// Per city: the forum events it attended, most first (then by id).
    public var eventsPerCity: [CityEvents]
    /// Ratings 1 to 5, in that order.
    public var ratings: [RatingBar]
    /// Sessions in scope with no rating.
    public var unratedSessionIDs: [String]
    /// Follow-ups due before today and not done, oldest due date first.
    public var overdueFollowUps: [OverdueFollowUp]
    /// Coverage per interest area (`Coverage`, shared with `match`) of the
    /// pairings in scope, in the forum's order; areas no peer asks for and no
    /// pair shares are left out.
    public var coverage: [AreaRow]
    /// Display names of the cities the rows name.
    public var cityNames: [String: String]

    /// The city's display name, or its id when unknown.
    public func name(_ id: String) -> String { cityNames[id] ?? id }

    public struct MonthBar: Hashable, Sendable {
        public var month: Month
        public var sessionIDs: [String]
        public var count: Int { sessionIDs.count }
    }

    public struct CohortRow: Hashable, Sendable {
        /// Empty when the pairings have no cohort.
        public var cohort: String
        public var active: [PairKey]
        public var ended: [PairKey]
        public var total: Int { active.count + ended.count }
    }

    public struct FitRows: Hashable, Sendable {
        public var good: [PairKey]
        public var poor: [PairKey]
        /// Pairings with no verdict recorded yet.
        public var unchecked: [PairKey]
        /// Active pairs flagged now (poor verdict or a low first rating, not cleared).
        public var flagged: [PairKey]
    }

    public struct GoalRow: Hashable, Sendable {
        public var pair: PairKey
        public var goal: String
        public var progress: GoalProgress
    }

    public struct CityEvents: Hashable, Sendable {
        public var city: String
        public var sessionIDs: [String]
        public var count: Int { sessionIDs.count }
    }

    public struct RatingBar: Hashable, Sendable {
        /// 1...5
        public var rating: Int
        public var sessionIDs: [String]
        public var count: Int { sessionIDs.count }
    }

    public struct AreaRow: Hashable, Sendable {
        public var area: InterestArea
        /// Pilots with the area among their interests.
        public var pilotsOffering: Int
        /// Pairs sharing the area, and peers asking for it with and without a pilot.
        public var figures: Coverage.Area
        /// Drill-down: the pairs sharing the area.
        public var pairs: [PairKey]
        /// Drill-down: peers asking for the area that have no pairing in scope.
        public var unmetPeers: [String]

        public var peersAsking: Int { figures.interestedPeers }
        public var pairsFormed: Int { figures.pairs }
        public var demandUnmet: Int { figures.interestedPeers - figures.coveredPeers }
    }

    public struct OverdueFollowUp: Hashable, Sendable {
        public var sessionID: String
        public var sessionDate: Day
        public var pair: PairKey
        public var due: Day
        public var daysOverdue: Int
        public var followUp: String
    }
}
