import PeerMatchCore

/// One city as lines: Core's `CityPage` (what `peermatch cities show`
/// prints) in the app's styles. The side pane shows its summary, the City
/// view the full page.
enum CityDetail {
    static func lines(of position: Int, _ catalog: CityCatalog, detail: CityPage.Detail = .summary) -> [TextBlock.Line] {
        let page = CityPage(city: position, in: catalog.data, index: catalog.index, detail: detail,
                            pairings: catalog.cityPairings[position])
        return page.lines.map { TextBlock.Line($0.text, style($0.role)) }
    }

    static func style(_ role: CityPage.Role) -> Style {
        switch role {
        case .title: .emphasis
        case .heading: .heading
        case .body: .plain
        case .muted: .muted
        }
    }
}
