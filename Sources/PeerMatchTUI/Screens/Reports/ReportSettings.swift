import PeerMatchCore

/// What the Reports screen measures from and draws with: the day "stale" and
/// "overdue" are counted at, and the chart glyphs. From the environment
/// (`PEERMATCH_TODAY`, locale, `NO_COLOR`, `PEERMATCH_ASCII`); tests fix them
/// with `ReportSettings.$override`, since the shell builds the screen itself.
struct ReportSettings: Sendable, Hashable {
    var today: Day
    var glyphs: BarChart.Glyphs

    @TaskLocal static var override: ReportSettings?

    static var current: ReportSettings {
        override ?? ReportSettings(today: .today(), glyphs: .forEnvironment(currentEnvironment()))
    }
}
