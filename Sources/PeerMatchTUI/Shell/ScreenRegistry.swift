/// The tabs of the title bar, in order, each with the screen it opens on.
/// Adding a tab: its folder under Screens/ and one line here (keys 1…5 and
/// Tab reach tabs by position).
enum ScreenRegistry {
    static let tabs: [(title: String, make: @Sendable (ScreenContext) -> any ScreenController)] = [
        ("Cities", { CitiesController($0) }),
        ("Match", { _ in MatchController() }),
        ("Pairs", { _ in PairsController() }),
        ("Sessions", { SessionsController($0) }),
        ("Reports", { _ in ReportsController() }),
    ]
}

extension Action {
    /// The tab a `showCities`… action opens.
    var tabIndex: Int? {
        switch self {
        case .showCities: 0
        case .showMatch: 1
        case .showPairs: 2
        case .showSessions: 3
        case .showReports: 4
        default: nil
        }
    }
}
