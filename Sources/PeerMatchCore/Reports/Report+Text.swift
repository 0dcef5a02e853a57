/// Words the Markdown and HTML reports share, written once.
extension Report {
    /// Rows shown per long table in Markdown and HTML (JSON lists them all).
    public static let rowLimit = 100

    /// "All dates · all cohorts", "2026-01-01 to 2026-06-30 · cohort 2026-spring".
    public var scopeText: String {
        let dates: String
        switch (filter.from, filter.to) {
        case (nil, nil): dates = "All dates"
        case let (from?, nil): dates = "From \(from)"
        case let (nil, to?): dates = "Up to \(to)"
        case let (from?, to?): dates = "\(from) to \(to)"
        }
        let cohort = filter.cohort.map { "cohort \($0.isEmpty ? "(none)" : $0)" } ?? "all cohorts"
        return "\(dates) · \(cohort) · as of \(today)"
    }

    /// "Pilot name – Peer name", as rows name a pair.
    public func pairText(_ pair: PairKey) -> String { "\(name(pair.pilot)) – \(name(pair.peer))" }

    /// A cohort label as a reader sees it.
    public static func cohortText(_ cohort: String) -> String { cohort.isEmpty ? "(no cohort)" : cohort }

    /// "… and 1,234 more" under a table cut at `rowLimit`, or nil.
    public static func moreText(_ total: Int) -> String? {
        total > rowLimit ? "… and \((total - rowLimit).grouped) more (the JSON report lists them all)" : nil
    }

    /// Ratings with at least one session, as the headline average "4.1" (or nil).
    public var averageRatingText: String? {
        let rated = ratings.reduce(0) { $0 + $1.count }
        guard rated > 0 else { return nil }
        let sum = ratings.reduce(0) { $0 + $1.rating * $1.count }
        let tenths = (sum * 10 + rated / 2) / rated
        return "\(tenths / 10).\(tenths % 10)"
    }

    public static let titles = (
        months: "Sessions per month", coverage: "Coverage per interest area",
        cohorts: "Pairs by status and cohort", stale: "Stale pairs",
        ratings: "Ratings", overdue: "Overdue follow-ups", fit: "Fit checks",
        goals: "Learning goals", events: "Forum events per city")

    /// Milestones reached and set, over every goal in scope.
    public var milestoneTotals: (done: Int, total: Int) {
        goals.reduce((0, 0)) { ($0.0 + $1.progress.done, $0.1 + $1.progress.total) }
    }
}
