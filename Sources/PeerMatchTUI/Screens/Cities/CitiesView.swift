import PeerMatchCore

/// Draws the Cities screen: filter bar, table, detail of the selected city.
enum CitiesView {
    static func columns(width: Int) -> [TableColumn] {
        let fixed = 2 + 6 + 5 + 5 * Table.gap
        let name = max(12, min(30, width * 28 / 100))
        let region = max(8, min(22, width * 17 / 100))
        let areas = max(0, width - fixed - name - region)
        return [
            TableColumn("name", width: name), TableColumn("cc", width: 2), TableColumn("region", width: region),
            TableColumn("role", width: 6), TableColumn("cap", width: 5, alignRight: true),
            TableColumn("top areas", width: areas),
        ]
    }

    static func table(_ state: CitiesState, _ catalog: CityCatalog, width: Int) -> Table {
        let visible = state.visible
        return Table(columns: columns(width: width), rowCount: visible.count, cursor: state.cursor) { row in
            let r = catalog.rows[Int(visible[row])]
            return [r.name, r.country, r.region, r.role, r.capacity, r.areas]
        }
    }

    static func render(_ state: CitiesState, _ catalog: CityCatalog, in body: Rect, into grid: inout Grid) {
        let layout = MasterDetailLayout.cities(body: body)
        renderFilterBar(state, catalog, in: layout.bar, into: &grid)
        table(state, catalog, width: layout.table.width).render(in: layout.table, into: &grid)
        layout.renderDivider(in: body, into: &grid)
        let lines = state.selectedCity.map { CityDetail.lines(of: $0, catalog) } ?? []
        TextBlock(lines).render(in: layout.detail, into: &grid)
    }

    static func renderFilterBar(_ state: CitiesState, _ catalog: CityCatalog, in rect: Rect, into grid: inout Grid) {
        grid.fill(rect)
        var parts: [String] = []
        let f = state.filter
        if let role = f.role { parts.append("role:\(role.rawValue)") }
        if let area = f.area { parts.append("area:\(area)") }
        if let region = f.region { parts.append("region:\(region)") }
        if let network = f.network { parts.append("network:\(network)") }
        let right = "sort:\(state.sortKey.rawValue)\(state.sortDescending ? "↓" : "↑")  "
            + "\(state.visible.count.grouped) of \(catalog.count.grouped)"
        var x = rect.x
        if state.isTypingSearch || !f.search.isEmpty {
            x += grid.put("/", x: x, y: rect.y, style: .emphasis)
            x += grid.put(f.search, x: x, y: rect.y, maxWidth: max(0, rect.width / 2),
                          style: state.searchIsSelected ? Style(reverse: true)
                              : state.isTypingSearch ? Style(underline: true) : .plain)
            if state.isTypingSearch { x += grid.put("▏", x: x, y: rect.y) }
            x += 2
        } else {
            x += grid.put("/ to search", x: x, y: rect.y, style: .muted) + 2
        }
        let filters = parts.isEmpty ? "no filters" : parts.joined(separator: " ")
        let rightWidth = right.displayWidth
        let room = rect.maxX - x - rightWidth - 1
        if room > 0 { grid.put(filters.truncated(toWidth: room), x: x, y: rect.y, style: parts.isEmpty ? .muted : .activeFilter) }
        grid.put(right, x: max(rect.x, rect.maxX - rightWidth), y: rect.y)
    }
}
