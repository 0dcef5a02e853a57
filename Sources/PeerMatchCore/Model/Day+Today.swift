#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Day {
    /// Today in the local time zone; `PEERMATCH_TODAY=YYYY-MM-DD` overrides it
    /// so tests and demos see a fixed date.
    public static func today(environment: [String: String] = currentEnvironment()) -> Day {
        if let fixed = environment["PEERMATCH_TODAY"].flatMap({ Day($0) }) { return fixed }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(daysSinceEpoch: Int(now / 86_400))
    }
}
