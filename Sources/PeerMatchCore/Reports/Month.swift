/// A calendar month, written `YYYY-MM`: the bucket of the sessions-per-month chart.
public struct Month: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1...12
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    public init(_ day: Day) {
        let text = Array(day.description.utf8)
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(text[$1]) - 48 } }
        self.init(year: number(0..<4), month: number(5..<7))
    }

    /// The month after this one.
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var description: String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count == 1 ? "0" : "") + m
    }
}
