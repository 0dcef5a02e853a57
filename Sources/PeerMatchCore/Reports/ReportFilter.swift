/// Which part of the forum a report covers: a date range (inclusive at both
/// ends) and a cohort. Nil means no limit.
public struct ReportFilter: Hashable, Sendable {
    public var from: Day?
    public var to: Day?
    public var cohort: String?

    public init(from: Day? = nil, to: Day? = nil, cohort: String? = nil) {
        self.from = from
        self.to = to
        self.cohort = cohort
    }

    /// True when the day lies in the date range.
    public func contains(_ day: Day) -> Bool {
        (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
    }

    /// True when the pairing is in the cohort and was running at some time in
    /// the range (an open end runs on forever).
    public func includes(_ pairing: Pairing) -> Bool {
        if let cohort, pairing.cohort != cohort { return false }
        if let to, pairing.start > to { return false }
        if let from, let end = pairing.end, end < from { return false }
        return true
    }
}
