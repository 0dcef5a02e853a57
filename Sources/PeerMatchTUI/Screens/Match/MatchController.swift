import PeerMatchCore

/// The Match screen: the coordinator's workspace. Runs the match on the
/// capacity left in the background, lists the proposals grouped by pilot, and
/// turns keys into `WorkspaceAction`s; the workspace itself lives in the shell
/// (`AppModel.workspace`), so its steps share the one undo stack.
struct MatchController: ScreenController {
    var cursor = ListCursor()
    /// The search and filters the list shows.
    var filter = MatchFilter()
    /// The detail pane shows what a commit would change instead of the selected pair.
    var showsDiff = false
    /// The pair an open note overlay is about (exclude).
    var pendingExclusion: PairKey?
    /// A refused action the coordinator may override: the note overlay is open for it.
    var pendingOverride: WorkspaceAction?
    /// The first pair of a swap, marked with the swap key.
    var swapMark: PairKey?
    let cache = MatchRowCache()

    var keymaps: [Keymap] { [.match, .navigation] }

    static let cohortTag = "match-cohort", excludeTag = "match-exclude", searchTag = "match-search"
    static let overrideTag = "match-override", repairTag = "match-repair", endTag = "match-end"

    static func visibleRows(_ context: ScreenContext) -> Int {
        Table.visibleRows(in: MatchView.layout(context.body).table)
    }

    func rows(_ context: ScreenContext) -> [MatchRow] {
        cache.rows(context, filter: filter)
    }

    func selectedRow(_ rows: [MatchRow]) -> MatchRow? {
        rows.isEmpty ? nil : rows[min(cursor.selected, rows.count - 1)]
    }

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let w = context.workspace, rows = rows(context)
        cursor.clamp(count: rows.count, visibleRows: MatchController.visibleRows(context))
        let row = selectedRow(rows)
        switch action {
        case .runMatch:
            return [.solveWorkspace(recordAs: w.proposals == nil ? "run the match" : WorkspaceAction.rerun.description)]
        case .switchAlgorithm:
            var next = w
            next.algorithm = w.algorithm == .optimal ? .stable : .optimal
            let effects: [Effect] = [.workspace(next, "use the \(next.algorithm.rawValue) engine")]
            return w.proposals == nil ? effects : effects + [.solveWorkspace(recordAs: nil)]
        case .acceptProposal, .rejectProposal, .togglePin, .excludePair, .pinRequest:
            guard let row else { return [.message(w.proposals == nil ? WorkspaceRefusal.noProposals.description : "no pair selected")] }
            switch action {
            case .acceptProposal: return act(.accept(row.key), w)
            case .rejectProposal: return act(.reject(row.key), w)
            case .togglePin: return act(w.pins.contains(row.key) ? .unpin(row.key) : .pin(row.key), w)
            case .pinRequest: return act(.pinRequest(peer: row.key.peer), w)
            default:
                pendingExclusion = row.key
                return [.openOverlay(TextInputOverlay(prompt: "Exclude \(row.key): why? (may be empty)", tag: Self.excludeTag))]
            }
        case .addPair:
            return [.openOverlay(PairPickerOverlay())]
        case .swapPeers:
            guard let row else { return [.message("no pair selected")] }
            guard let first = swapMark, first != row.key else {
                swapMark = row.key
                return [.message("marked \(row.key): \(Keymap.keyName(.swapPeers, in: .match)) on another pair swaps their peers")]
            }
            swapMark = nil
            return act(.swapPeers(first, row.key, override: nil), w)
        case .endCommittedPairing:
            return [.openOverlay(PairingPickerOverlay.ending(w, context.catalog.data, tag: Self.endTag))]
        case .repairCity:
            return [.openOverlay(PairingPickerOverlay.repairing(w, context.catalog.data, tag: Self.repairTag))]
        case .searchProposals:
            return [.openOverlay(TextInputOverlay(prompt: "Show pairs whose pilot or peer contains", text: filter.search, tag: Self.searchTag))]
        case .cycleMatchAreaFilter:
            var others = filter
            others.area = nil
            let counts = MatchFilter.counts(cache.rows(context, filter: others)) { Set($0.explanation.shared.map(\.area)) }
            filter.area = MatchFilter.next(after: filter.area, in: counts.map(\.value))
            return refiltered(context, said: filter.area.map { a in "area \(a)" } ?? "any area")
        case .cycleMatchRegionFilter:
            var others = filter
            others.region = nil
            let counts = MatchFilter.counts(cache.rows(context, filter: others)) { [$0.pilotRegion, $0.peerRegion] }
            filter.region = MatchFilter.next(after: filter.region, in: counts.map(\.value))
            return refiltered(context, said: filter.region.map { r in "region \(r.isEmpty ? "(none)" : r)" } ?? "any region")
        case .toggleUnmetRequestsFilter:
            filter.unmetRequestsOnly.toggle()
            return refiltered(context, said: filter.unmetRequestsOnly ? "peers without a requested pilot" : "any request outcome")
        case .togglePinnedFilter:
            filter.pinnedOnly.toggle()
            return refiltered(context, said: filter.pinnedOnly ? "pinned pairs" : "pinned or not")
        case .clearFilters:
            guard filter.hasKeyedFilters else { return [.message("no filter to clear")] }
            filter = MatchFilter(search: filter.search)
            return refiltered(context, said: "every filter cleared")
        case .toggleDiff:
            showsDiff.toggle()
            return []
        case .commitWorkspace:
            guard w.hasChanges else { return [.message("nothing to commit: the workspace has no changes")] }
            if w.proposals != nil, w.proposalsAreStale { return [.message(WorkspaceRefusal.proposalsStale.description)] }
            return [.openOverlay(TextInputOverlay(prompt: "Cohort label for the new pairs", tag: Self.cohortTag))]
        default:
            _ = cursor.apply(action, count: rows.count, pageSize: MatchController.visibleRows(context))
            return []
        }
    }

    /// After a filter changed: the cursor back on top, and the count the filters leave.
    mutating func refiltered(_ context: ScreenContext, said: String) -> [Effect] {
        cursor = ListCursor()
        let shown = rows(context).count
        return [.message("\(said): \(shown.grouped) pair\(shown == 1 ? "" : "s") shown")]
    }

    /// Applies a workspace action: the new workspace as an undoable step, or
    /// Core's refusal on the status line; a refusal an override may set aside
    /// also opens the note overlay (Esc leaves it refused).
    mutating func act(_ action: WorkspaceAction, _ w: Workspace) -> [Effect] {
        do {
            return [.workspace(try action.apply(to: w), action.description)]
        } catch {
            let refused: [Effect] = [.message("not done: \(AppModel.sentence(error))")]
            guard (error as? WorkspaceRefusal)?.overridableRule != nil, Self.overriding(action, note: "") != nil else { return refused }
            pendingOverride = action
            return refused + [.openOverlay(TextInputOverlay(prompt: "Override: why pair them anyway? (Esc: don't)", tag: Self.overrideTag))]
        }
    }

    /// The action again, with the coordinator's override and note.
    static func overriding(_ action: WorkspaceAction, note: String) -> WorkspaceAction? {
        switch action {
        case .addPair(let k, _, _): .addPair(k, note: note, override: Override(note: note))
        case .swapPeers(let a, let b, _): .swapPeers(a, b, override: Override(note: note))
        default: nil
        }
    }

    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] {
        if case .result(let value, PairPickerOverlay.tag) = message, let key = value as? PairKey {
            return act(.addPair(key, note: "", override: nil), context.workspace)
        }
        if case .result(let value, Self.endTag) = message, let key = value as? PairKey {
            return act(.end(key, note: ""), context.workspace)
        }
        if case .result(let value, Self.repairTag) = message, let city = value as? String {
            return act(.repair(city: city), context.workspace)
        }
        guard case .text(let text, let tag) = message else { return [] }
        switch tag {
        case Self.overrideTag:
            guard let action = pendingOverride.flatMap({ Self.overriding($0, note: text) }) else { return [] }
            pendingOverride = nil
            return act(action, context.workspace)
        case Self.searchTag:
            filter.search = text
            cursor = ListCursor()
            return []
        case Self.excludeTag:
            guard let key = pendingExclusion else { return [] }
            pendingExclusion = nil
            return act(.exclude(key, note: text), context.workspace)
        case Self.cohortTag:
            let w = context.workspace
            let summary: String
            do {
                summary = MatchView.diffSummary(try w.diff())
            } catch {
                return [.message("not committed: \(AppModel.sentence(error))")]
            }
            let label = text.isEmpty ? "no cohort label" : "cohort \(text)"
            return [.openOverlay(ConfirmationOverlay(
                question: "Commit \(w.pendingPairs.count) new pair\(w.pendingPairs.count == 1 ? "" : "s") (\(label)) to the data folder?",
                detail: summary, onConfirm: [.commitWorkspace(cohort: text)]))]
        default:
            return []
        }
    }

    mutating func resize(_ context: ScreenContext) {
        cursor.clamp(count: rows(context).count, visibleRows: MatchController.visibleRows(context))
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        MatchView.render(self, context, into: &grid)
    }
}
