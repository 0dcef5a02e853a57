import PeerMatchCore

/// The Pairs screen: the committed pairings (Core's `PairingList`) with their
/// sessions, quiet days, fit flag and goal progress; filtered by status,
/// cohort and city; a pairing ended as an undoable edit of the forum.
struct PairsController: ScreenController {
    var cursor = ListCursor()
    var status: PairingStatus? = .active
    var cohort: String?
    /// Keeps pairings whose pilot or peer name or id contains it.
    var city = ""
    /// The day "days since the last session" counts to (fixed in tests).
    var today: Day

    init(today: Day = .today()) { self.today = today }

    var keymaps: [Keymap] { [.pairs, .navigation] }
    static let cityTag = "pairs-city"

    static func visibleRows(_ context: ScreenContext) -> Int {
        Table.visibleRows(in: PairsView.layout(context.body).table)
    }

    func rows(_ data: ForumData) -> [PairingList.Row] {
        let list = PairingList(data, status: status, cohort: cohort, today: today).rows
        guard !city.isEmpty else { return list }
        let needle = city.lowercased(), position = data.cityIndex()
        func matches(_ id: String) -> Bool {
            id.lowercased().contains(needle) || (position[id].map { data.cities[$0].name.lowercased().contains(needle) } ?? false)
        }
        return list.filter { matches($0.pairing.pilot) || matches($0.pairing.peer) }
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let data = context.catalog.data, rows = rows(data)
        cursor.clamp(count: rows.count, visibleRows: Self.visibleRows(context))
        switch action {
        case .cycleStatus:
            status = switch status {
            case .active: .ended
            case .ended: nil
            case nil: .active
            }
            cursor = ListCursor()
        case .cycleCohort:
            let cohorts = Array(Set(data.pairings.map(\.cohort))).sorted()
            if let c = cohort, let i = cohorts.firstIndex(of: c) {
                cohort = i + 1 < cohorts.count ? cohorts[i + 1] : nil
            } else {
                cohort = cohorts.first
            }
            cursor = ListCursor()
        case .filterPairsByCity:
            return [.openOverlay(TextInputOverlay(prompt: "Show pairings of cities containing", text: city, tag: Self.cityTag))]
        case .endPairing:
            guard !rows.isEmpty else { return [.message("no pairing selected")] }
            let p = rows[cursor.selected].pairing
            guard p.isActive else { return [.message("not done: \(WorkspaceRefusal.notActive(pair: p.key).description)")] }
            return [.edit(Self.ending(p.key, on: today))]
        default:
            _ = cursor.apply(action, count: rows.count, pageSize: Self.visibleRows(context))
        }
        return []
    }

    /// Ending a pairing as an edit of the forum, by Core's workspace rules
    /// (refused with its sentence when the pairing is no longer active).
    static func ending(_ key: PairKey, on day: Day) -> ReversibleEdit {
        ReversibleEdit(WorkspaceAction.end(key, note: "").description) { data in
            data = try Workspace(data).end(key).applied(to: data, on: day, cohort: "", includingProposals: false)
        }
    }

    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] {
        if case .text(let text, Self.cityTag) = message {
            city = text
            cursor = ListCursor()
        }
        return []
    }

    mutating func resize(_ context: ScreenContext) {
        cursor.clamp(count: rows(context.catalog.data).count, visibleRows: Self.visibleRows(context))
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        PairsView.render(self, context, into: &grid)
    }
}
