import PeerMatchCore

/// The Sessions screen: the session log with filters and search, open
/// follow-ups (overdue first), stale pairs; the selected pair's timeline.
/// Logging and editing open `SessionFormScreen`; every change is an undoable edit.
struct SessionsController: ScreenController {
    var state: SessionsState
    /// A session just logged or edited, to select once the data shows it.
    var pendingReveal: String?
    /// A background build of the lists is on its way.
    var preparing = false

    init(_ context: ScreenContext, today: Day = Day.today()) {
        state = SessionsState(data: context.catalog.data, today: today)
    }

    var keymaps: [Keymap] { state.isTypingSearch ? [.search] : [.sessions, .navigation] }
    var takesShellKeys: Bool { !state.isTypingSearch }

    static func visibleRows(_ context: ScreenContext) -> Int {
        Table.visibleRows(in: SessionsView.layout(context.body).table)
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let data = context.catalog.data, rows = SessionsController.visibleRows(context)
        switch action {
        case .startSearch:
            state.list = .sessions
            state.startSearch()
        case .acceptSearch:
            state.acceptSearch()
        case .cancelSearch:
            state.cancelSearch()
            state.refilter(visibleRows: rows)
        case .clearSearch:
            state.filter.search = ""
            state.refilter(visibleRows: rows)
        case .deleteSearchCharacter:
            state.deleteSearchCharacter()
            state.refilter(visibleRows: rows)
        case .nextMatch, .previousMatch:
            guard state.list == .sessions, !state.filter.search.isEmpty else {
                return [.message("no search to step through: \(Keymap.keyName(.startSearch, in: .sessions)) starts one")]
            }
            guard !state.visible.isEmpty else { return [.message("no session matches /\(state.filter.search)")] }
            let n = state.visible.count
            state.cursor.selected = (state.cursor.selected + (action == .nextMatch ? 1 : n - 1)) % n
            state.cursor.clamp(count: n, visibleRows: rows)
            return [.message("match \(state.cursor.selected + 1) of \(n.grouped)")]
        case .nextSessionView:
            state.list = state.list.next
            state.cursor = ListCursor()
            state.cursor.clamp(count: state.rowCount, visibleRows: rows)
            return [.message("showing \(state.list.rawValue)")]
        case .filterToPair:
            if state.filter.pair != nil { state.filter.pair = nil } else {
                guard let pair = state.selectedPair else { return [.message("no pair selected")] }
                state.filter.pair = pair
            }
            return refiltered(rows)
        case .filterToCity:
            guard state.filter.city == nil else {
                state.filter.city = nil
                return refiltered(rows)
            }
            return [.openOverlay(SessionsCityPicker.overlay(state, context.catalog, tag: SessionsController.cityTag))]
        case .cycleFormatFilter:
            let all = SessionFormat.allCases
            state.filter.format = state.filter.format.map { f in
                let i = all.firstIndex(of: f)! + 1
                return i < all.count ? all[i] : nil
            } ?? all[0]
            return refiltered(rows)
        case .cycleRatingFilter:
            let steps: [ClosedRange<Int>?] = [nil, 4...5, 3...3, 1...2, 1...5]
            let i = steps.firstIndex(of: state.filter.ratings) ?? 0
            state.filter.ratings = steps[(i + 1) % steps.count]
            return refiltered(rows)
        case .cycleAreaFilter:
            let areas = data.forum.areaIDs
            let i = state.filter.area.flatMap { areas.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            state.filter.area = i < areas.count ? areas[i] : nil
            return refiltered(rows)
        case .chooseDateRange:
            let f = state.filter
            let text = f.from == nil && f.to == nil ? "" : "\(f.from?.description ?? "")..\(f.to?.description ?? "")"
            return [.openOverlay(TextInputOverlay(prompt: "Dates FROM..TO (YYYY-MM-DD)", text: text, tag: "dates"))]
        case .toggleOpenFollowUps:
            state.filter.openFollowUpsOnly.toggle()
            return refiltered(rows)
        case .clearFilters:
            state.filter = SessionFilter(search: state.filter.search)
            return refiltered(rows)
        case .logSession:
            let pair = state.selectedPair
            let draft = SessionDraft(date: state.today.description, pilot: pair?.pilot ?? "", peer: pair?.peer ?? "")
            return [.push(SessionFormScreen(draft: draft, editing: nil, data: data, today: state.today))]
        case .editSession:
            guard let s = state.selectedSession else { return [.message("no session selected")] }
            return [.push(SessionFormScreen(draft: SessionDraft(s), editing: s.id, data: data, today: state.today))]
        case .deleteSession:
            guard let s = state.selectedSession else { return [.message("no session selected")] }
            let id = s.id
            return [.openOverlay(ConfirmationOverlay(
                question: "Delete session \(id)?",
                detail: "\(s.date) \(s.format.rawValue), \(s.pilot)–\(s.peer). \(Keymap.keyName(.undo, in: .edits)) undoes it until saved.",
                onConfirm: [.edit(ReversibleEdit("delete session \(id)") { _ = try $0.deleteSession(id: id) })]))]
        case .toggleFollowUpDone:
            guard let s = state.selectedSession else { return [.message("no session selected")] }
            guard !s.followUp.isEmpty else { return [.message("session \(s.id) has no follow-up")] }
            let id = s.id, done = !s.followUpDone
            return [.edit(ReversibleEdit("follow-up of \(id) \(done ? "done" : "open again")") {
                _ = try $0.setFollowUpDone(id: id, done)
            })]
        case .recordGoodFit:
            guard let pair = state.selectedPair else { return [.message("no pair selected")] }
            let today = state.today
            return [.edit(ReversibleEdit("fit check \(pair.pilot)–\(pair.peer): good fit") {
                _ = try $0.recordFit(.good, reason: "", for: pair, on: today)
            })]
        case .recordPoorFit:
            guard state.selectedPair != nil else { return [.message("no pair selected")] }
            return [.openOverlay(TextInputOverlay(prompt: "Not a fit: why?", tag: "fit-reason"))]
        case .editGoal:
            guard let pair = state.selectedPair else { return [.message("no pair selected")] }
            let goal = data.latestPairing(for: pair)?.goal
            let text = goal.map { ([$0.text] + $0.milestones.map(\.text)).joined(separator: "; ") } ?? ""
            return [.openOverlay(TextInputOverlay(prompt: "Goal; milestone; milestone…", text: text, tag: "goal"))]
        default:
            _ = state.cursor.apply(action, count: state.rowCount, pageSize: rows)
        }
        return []
    }

    private mutating func refiltered(_ rows: Int) -> [Effect] {
        state.list = .sessions
        state.refilter(visibleRows: rows)
        let words = SessionsView.filterWords(state.filter)
        let n = state.visible.count
        return [.message("\(n.grouped) session\(n == 1 ? "" : "s") match\(n == 1 ? "es" : "")\(words.isEmpty ? "" : " " + words.joined(separator: " "))")]
    }

    /// `2026-01-01..2026-03-31`, `2026-01-01..`, `..2026-03-31`, a single day, or empty (any date).
    static func dateRange(_ text: String) -> (from: Day?, to: Day?)? {
        let t = text.trimmingSpaces
        if t.isEmpty { return (nil, nil) }
        guard let dots = t.firstRange(of: "..") else { return Day(t).map { ($0, $0) } }
        let parts = [String(t[..<dots.lowerBound]), String(t[dots.upperBound...])]
        func side(_ s: String) -> Day?? { s.trimmingSpaces.isEmpty ? .some(nil) : Day(s.trimmingSpaces).map { .some($0) } }
        guard let from = side(parts[0]), let to = side(parts[1]) else { return nil }
        if let a = from, let b = to, a > b { return nil }
        return (from, to)
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard state.isTypingSearch, case .character(let c) = key else { return nil }
        state.replaceSelectedSearch()
        // `SessionSearch` looks only at the last hits when the search only grew.
        state.filter.search.append(c)
        state.refilter(visibleRows: SessionsController.visibleRows(context))
        return []
    }

    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] {
        switch message {
        case .text(let reason, tag: "fit-reason"):
            guard let pair = state.selectedPair else { return [] }
            let today = state.today
            return [.edit(ReversibleEdit("fit check \(pair.pilot)–\(pair.peer): not a fit") {
                _ = try $0.recordFit(.poor, reason: reason, for: pair, on: today)
            })]
        case .text(let text, tag: "goal"):
            guard let pair = state.selectedPair else { return [] }
            let parts = text.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            guard let goal = parts.first else { return [.message("a goal needs its text; nothing changed")] }
            let milestones = Array(parts.dropFirst())
            return [.edit(ReversibleEdit("goal of \(pair.pilot)–\(pair.peer)") {
                _ = try $0.setGoal(goal, milestones: milestones, for: pair)
            })]
        case .text(let text, tag: "dates"):
            guard let range = SessionsController.dateRange(text) else {
                return [.message("expected dates as FROM..TO, each YYYY-MM-DD or empty, got \"\(text)\"; filter not changed")]
            }
            state.filter.from = range.from
            state.filter.to = range.to
            return refiltered(SessionsController.visibleRows(context))
        case .result(let overview as SessionsOverview, tag: SessionsController.preparedTag):
            preparing = false
            // Built from what the screens show (the shell drops results of older data).
            guard overview.isCurrent(for: context.catalog.data) else { return appear(context) }
            state.install(overview, visibleRows: SessionsController.visibleRows(context))
            revealPending(context)
            return []
        case .result(let city as String, tag: SessionsController.cityTag):
            state.filter.city = city
            return refiltered(SessionsController.visibleRows(context))
        case .result(let id as String, tag: "session-saved"):
            pendingReveal = id
            state.reveal(sessionID: id, visibleRows: SessionsController.visibleRows(context))
            return []
        default: return []
        }
    }

    mutating func resize(_ context: ScreenContext) {
        state.cursor.clamp(count: state.rowCount, visibleRows: SessionsController.visibleRows(context))
    }

    /// An edit of a few sessions is patched in at once; a reload or an
    /// import is rebuilt in the background (`appear` starts it), the lists
    /// showing the previous data meanwhile.
    mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool {
        if !state.catchUp(context.catalog.data, visibleRows: SessionsController.visibleRows(context)) {
            preparing = false  // a job for older data is dropped by the shell
        }
        revealPending(context)
        return true
    }

    mutating func appear(_ context: ScreenContext) -> [Effect] {
        guard state.isPreparing, !preparing else { return [] }
        preparing = true
        let data = context.catalog.data, today = state.today
        return [.startJob(BackgroundJob("preparing \(data.sessions.count.grouped) sessions", cancellable: false) { _ in
            .message(.result(SessionsOverview(data, today: today), tag: SessionsController.preparedTag))
        })]
    }

    static let preparedTag = "sessions-prepared"
    static let cityTag = "sessions-city"

    private mutating func revealPending(_ context: ScreenContext) {
        guard !state.isPreparing, let id = pendingReveal, context.catalog.data.session(id: id) != nil else { return }
        state.reveal(sessionID: id, visibleRows: SessionsController.visibleRows(context))
        pendingReveal = nil
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        SessionsView.render(state, context.catalog.data, in: context.body, into: &grid)
    }
}
