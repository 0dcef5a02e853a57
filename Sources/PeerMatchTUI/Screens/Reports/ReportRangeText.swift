import PeerMatchCore

/// The date range as typed in the Reports screen: `FROM..TO`, either end
/// may be left out (`2025-01-01..`, `..2025-06-30`, empty for all dates).
enum ReportRangeText {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> (from: Day?, to: Day?) {
        let t = text.trimmingSpaces
        if t.isEmpty { return (nil, nil) }
        let parts = t.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { throw Invalid(description: "date range \"\(t)\": write FROM..TO, e.g. 2025-01-01..2025-06-30") }
        func day(_ s: String, _ end: String) throws -> Day? {
            let s = s.trimmingSpaces
            if s.isEmpty { return nil }
            guard let d = Day(s) else { throw Invalid(description: "date range \"\(t)\": the \(end) date \"\(s)\" is not a day YYYY-MM-DD") }
            return d
        }
        let from = try day(parts[0], parts.count == 1 ? "" : "from"), to = parts.count == 2 ? try day(parts[1], "to") : from
        if let from, let to, to < from { throw Invalid(description: "date range \"\(t)\": \(to) is before \(from)") }
        return (from, to)
    }

    static func text(_ filter: ReportFilter) -> String {
        if filter.from == nil, filter.to == nil { return "" }
        return (filter.from?.description ?? "") + ".." + (filter.to?.description ?? "")
    }
}
