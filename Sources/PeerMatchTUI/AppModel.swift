import PeerMatchCore

/// The shell: a router over screen controllers. It keeps one screen stack
/// per tab, the overlays, the status line, the unsaved edits with undo and
/// redo, and the background jobs. Handling an event changes this value and
/// returns the effects only the world can carry out (run a job, repaint,
/// open an editor), which `EventLoop` performs. No terminal in sight.
public struct AppModel: Sendable {
    public let folder: DataFolder
    public private(set) var width: Int
    public private(set) var height: Int
    /// What the screens show: the forum on disk plus the unsaved edits.
    public private(set) var catalog: CityCatalog
    public private(set) var scorer: PairScorer?
    /// The forum as last read from or written to disk.
    public private(set) var diskData: ForumData
    /// `diskData` with the unsaved edits applied (the catalog catches up in the background).
    private var workingData: ForumData
    /// The folder as it was when `diskData` was read; nil before the first load.
    public private(set) var diskStamp: FolderStamp?
    /// A change on disk the user chose not to reload (kept their edits).
    public private(set) var dismissedStamp: FolderStamp?
    public private(set) var isLoaded: Bool
    /// The one undo stack: edits of the forum and steps of the workspace.
    public private(set) var history = EditHistory()
    /// The coordinator's workspace on the forum as on disk; written only by a commit.
    public private(set) var workspace: Workspace { didSet { workspaceVersion += 1 } }
    /// Bumped when the workspace or the catalog changes (screens cache what they derive under it).
    public private(set) var workspaceVersion = 0
    /// Bumped whenever what the screens show changes; a job's result computed
    /// from an older generation is dropped.
    public private(set) var generation = 0
    /// One stack per tab; the root is the tab's screen, pushed screens on top.
    private var tabs: [[any ScreenController]]
    public private(set) var currentTab = 0
    /// Boxes over the screens, last on top; the top one takes input.
    private var overlays: [any ScreenController] = []
    private(set) var jobs: [RunningJob] = []
    private var nextJobID = 1
    /// The status line's message (cleared by the next key).
    public var message: String?
    public private(set) var shouldQuit = false
    /// The signal that ended the app, if one did.
    public private(set) var endingSignal: Int32?
    /// The sentence a failed first load ended the app with.
    public private(set) var failure: String?

    /// An app whose data is still to be loaded: `start()` returns the load job.
    public init(folder: DataFolder, width: Int, height: Int) {
        let empty = ForumData(forum: Forum(name: ""))
        self.init(folder: folder, data: empty, stamp: nil, width: width, height: height)
        isLoaded = false
    }

    /// An app on data already in memory (tests, benchmarks).
    public init(data: ForumData, folder: DataFolder, width: Int, height: Int) {
        self.init(folder: folder, data: data, stamp: FolderStamp(folder), width: width, height: height)
    }

    private init(folder: DataFolder, data: ForumData, stamp: FolderStamp?, width: Int, height: Int) {
        self.folder = folder
        self.width = width
        self.height = height
        diskData = data
        workingData = data
        diskStamp = stamp
        workspace = Workspace(data)
        catalog = CityCatalog(data)
        scorer = PairScorer(forum: data.forum, cities: data.cities)
        isLoaded = true
        let context = ScreenContext(catalog: catalog, scorer: scorer, screen: Rect(x: 0, y: 0, width: width, height: height),
                                    workspace: workspace)
        tabs = ScreenRegistry.tabs.map { [$0.make(context)] }
    }

    /// The effects to run when the app starts: loading the data folder, unless loaded.
    public mutating func start() -> [Effect] {
        isLoaded ? [] : apply([.startJob(LoadedForum.loadJob(folder, reason: .initialLoad))])
    }

    public var isTooSmall: Bool { width < TooSmallMessage.minimumWidth || height < TooSmallMessage.minimumHeight }
    var screenRect: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var context: ScreenContext {
        ScreenContext(catalog: catalog, scorer: scorer, screen: screenRect, workspace: workspace, workspaceVersion: workspaceVersion)
    }
    public var tabTitle: String { ScreenRegistry.tabs[currentTab].title }
    public var hasUnsavedEdits: Bool { history.hasUnsavedEdits }
    public var overlayCount: Int { overlays.count }

    /// The layer that takes input: the overlay opened last, else the screen
    /// on top of the current tab. This is the one place that order is written.
    public var topLayer: any ScreenController { overlays.last ?? tabs[currentTab].last! }

    private mutating func withTopLayer(_ body: (inout any ScreenController, ScreenContext) -> [Effect]) -> [Effect] {
        let context = context
        if overlays.isEmpty {
            let t = currentTab
            return body(&tabs[t][tabs[t].count - 1], context)
        }
        return body(&overlays[overlays.count - 1], context)
    }

    /// The screen under the overlays (results of overlays and jobs go there).
    private mutating func withTopScreen(_ body: (inout any ScreenController, ScreenContext) -> [Effect]) -> [Effect] {
        let context = context, t = currentTab
        return body(&tabs[t][tabs[t].count - 1], context)
    }

    /// A screen of the stacks, found by type (tests read their state this way).
    public func screen<S: ScreenController>(_ type: S.Type) -> S? {
        for stack in tabs { for s in stack.reversed() { if let s = s as? S { return s } } }
        return nil
    }

    /// The Cities screen's state (benchmarks and tests check it).
    public var cities: CitiesState { screen(CitiesController.self)!.state }

    // MARK: Keymaps in force

    /// The keymaps that apply now, first match wins. Help and hints use the same list.
    public var activeKeymaps: [Keymap] {
        let quitOnly = Keymap("Window too small", [Keymap.global.binding(for: .quit)!])
        if isTooSmall || !isLoaded { return [quitOnly] }
        let top = topLayer
        var maps: [Keymap] = []
        if overlays.isEmpty, jobs.contains(where: \.cancellable) { maps.append(.job) }
        maps += top.keymaps
        if top.takesShellKeys { maps += [.global, .edits] }
        return maps
    }

    /// Actions the shell itself carries out, whichever layer is on top.
    private static let shellKeymaps: [Keymap] = [.global, .edits, .job]

    // MARK: Events

    public mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .key(let key): return handle(key)
        case .mouse(let mouse): return handle(mouse)
        case .resize(let w, let h):
            resize(width: w, height: h)
            return []
        case .terminate(let signal):
            endingSignal = signal
            shouldQuit = true
            return []
        }
    }

    public mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        let context = context
        for t in tabs.indices { for s in tabs[t].indices { tabs[t][s].resize(context) } }
        for o in overlays.indices { overlays[o].resize(context) }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        message = nil
        for keymap in activeKeymaps {
            if let action = keymap.action(for: key) { return perform(action) }
        }
        if !isTooSmall, isLoaded {
            var typed: [Effect]?
            _ = withTopLayer { layer, context in
                typed = layer.type(key, context)
                return []
            }
            if let typed { return apply(typed) }
        }
        if !isTooSmall, isLoaded { message = "\(key.label): no action here (\(Keymap.keyName(.toggleHelp, in: .global)) shows the keys)" }
        return []
    }

    /// Does what an action names: the shell's own, else the top layer's.
    public mutating func perform(_ action: Action) -> [Effect] {
        if Self.shellKeymaps.contains(where: { $0.binding(for: action) != nil }) { return performShellAction(action) }
        return apply(withTopLayer { $0.perform(action, $1) })
    }

    private mutating func performShellAction(_ action: Action) -> [Effect] {
        if let tab = action.tabIndex { return apply([.showTab(tab)]) }
        switch action {
        case .quit: return apply([.quit])
        case .toggleHelp:
            var under = activeKeymaps
            under.removeAll { $0 == .job }
            return apply([.openOverlay(HelpOverlay(keymaps: under))])
        case .nextScreen: return apply([.showTab((currentTab + 1) % tabs.count)])
        case .previousScreen: return apply([.showTab((currentTab + tabs.count - 1) % tabs.count)])
        case .undo: return apply([.undo])
        case .redo: return apply([.redo])
        case .save: return apply([.save])
        case .repaint: return [.repaint]
        case .cancelJob: return apply([.cancelJob])
        default: return []
        }
    }

    mutating func handle(_ mouse: MouseEvent) -> [Effect] {
        guard !isTooSmall, isLoaded else { return [] }
        if overlays.isEmpty, mouse.kind == .press, mouse.y == 0 {
            for (i, tab) in TitleBar.tabs(titles: ScreenRegistry.tabs.map(\.title), width: width).enumerated()
            where mouse.x >= tab.x && mouse.x < tab.x + tab.width {
                return apply([.showTab(i)])
            }
            return []
        }
        return apply(withTopLayer { $0.handle(mouse, $1) })
    }

    // MARK: Effects

    /// Carries out the effects about the shell; returns those for the world.
    public mutating func apply(_ effects: [Effect]) -> [Effect] {
        var outside: [Effect] = []
        for effect in effects {
            switch effect {
            case .push(let screen): tabs[currentTab].append(screen)
            case .pop:
                if tabs[currentTab].count > 1 {
                    tabs[currentTab].removeLast()
                    outside += apply(withTopScreen { $0.appear($1) })
                }
            case .popToRoot:
                tabs[currentTab].removeLast(tabs[currentTab].count - 1)
                outside += apply(withTopScreen { $0.appear($1) })
            case .showTab(let i):
                guard tabs.indices.contains(i) else { continue }
                currentTab = i
                overlays.removeAll()
                outside += apply(withTopScreen { $0.appear($1) })
            case .openOverlay(let overlay): overlays.append(overlay)
            case .closeOverlay: _ = overlays.popLast()
            case .deliver(let m): outside += apply(withTopScreen { $0.receive(m, $1) })
            case .message(let text): message = text
            case .edit(let edit): outside += applyEdit(edit)
            case .undo:
                if let e = history.undo() {
                    if let step = e.workspaceStep {
                        outside += showWorkspace(step.before, done: "undone: \(e.description)")
                        continue
                    }
                    outside += replayEdits(done: "undone: \(e.description)")
                } else {
                    message = "nothing to undo"
                }
            case .redo:
                if let e = history.redo() {
                    if let step = e.workspaceStep {
                        outside += showWorkspace(step.after, done: "redone: \(e.description)")
                        continue
                    }
                    outside += replayEdits(done: "redone: \(e.description)")
                } else {
                    message = "nothing to redo"
                }
            case .save:
                if history.hasUnsavedEdits {
                    outside += apply([.startJob(LoadedForum.saveJob(folder, edits: history.unsavedEdits))])
                } else {
                    message = "nothing to save"
                }
            case .quit:
                if history.hasUnsavedEdits || workspace.hasChanges {
                    overlays.append(ConfirmationOverlay(question: quitQuestion, detail: quitDetail,
                                                        onConfirm: [.quitDiscardingEdits]))
                } else {
                    shouldQuit = true
                }
            case .quitDiscardingEdits: shouldQuit = true
            case .reload:
                history.clear()
                outside += apply([.startJob(LoadedForum.loadJob(folder, reason: .reload))])
            case .workspace(let next, let description):
                history.record(ReversibleEdit(description, step: WorkspaceStep(before: workspace, after: next)))
                outside += showWorkspace(next, done: "\(description) (\(Keymap.keyName(.commitWorkspace, in: .match)) commits, "
                                         + "\(Keymap.keyName(.undo, in: .edits)) undoes)")
            case .solveWorkspace(let recordAs):
                // One solve at a time: an older one's result would be dropped anyway.
                for job in jobs where job.title == WorkspaceJobs.solveTitle { outside.append(.cancel(jobID: job.id)) }
                jobs.removeAll { $0.title == WorkspaceJobs.solveTitle }
                outside += apply([.startJob(WorkspaceJobs.solve(workspace, recordAs: recordAs))])
            case .commitWorkspace(let cohort):
                outside += apply([.startJob(WorkspaceJobs.commit(workspace, to: folder, cohort: cohort, on: .today()))])
            case .startJob(let job):
                let id = nextJobID
                nextJobID += 1
                jobs.append(RunningJob(id: id, title: job.title, cancellable: job.cancellable,
                                       dependsOnShownData: job.dependsOnShownData, generation: generation))
                outside.append(.run(JobTicket(id: id, generation: generation, job: job)))
            case .cancelJob:
                if let i = jobs.lastIndex(where: \.cancellable) {
                    let job = jobs.remove(at: i)
                    message = "cancelled: \(job.title)"
                    outside.append(.cancel(jobID: job.id))
                }
            case .run, .cancel, .openEditor, .repaint: outside.append(effect)
            }
        }
        return outside
    }

    /// Makes `next` the workspace; proposals made stale by the change are solved again at once.
    private mutating func showWorkspace(_ next: Workspace, done: String) -> [Effect] {
        workspace = next
        message = done
        guard workspace.proposals != nil, workspace.proposalsAreStale else { return [] }
        return apply([.solveWorkspace(recordAs: nil)])
    }

    private var quitQuestion: String {
        let n = history.unsavedEdits.count
        let edits = n == 0 ? nil : "saving \(n) edit\(n == 1 ? "" : "s")"
        let ws = workspace.hasChanges ? "committing the workspace" : nil
        return "Quit without \([edits, ws].compactMap { $0 }.joined(separator: " or "))?"
    }

    private var quitDetail: String {
        var parts: [String] = []
        if history.hasUnsavedEdits { parts.append("\(Keymap.keyName(.save, in: .edits)) saves the edits") }
        if workspace.hasChanges { parts.append("\(Keymap.keyName(.commitWorkspace, in: .match)) on Match commits the workspace") }
        return parts.joined(separator: "; ") + " first."
    }

    private mutating func applyEdit(_ edit: ReversibleEdit) -> [Effect] {
        var data = workingData
        do {
            try edit.apply(&data)
        } catch {
            message = "not done: \(Self.sentence(error))"
            return []
        }
        history.record(edit)
        message = "\(edit.description) (unsaved: \(Keymap.keyName(.save, in: .edits)) saves, "
            + "\(Keymap.keyName(.undo, in: .edits)) undoes)"
        return prepare(data)
    }

    /// Shows disk data plus the edits left after an undo or redo.
    private mutating func replayEdits(done: String) -> [Effect] {
        do {
            let data = try history.replay(on: diskData)
            message = done
            return prepare(data)
        } catch {
            message = "cannot replay the edits: \(Self.sentence(error))"
            return []
        }
    }

    /// Makes `data` the working copy and prepares it for the screens in the
    /// background (at 13,000 cities the catalog takes ~100 ms, too long for a
    /// key): the screens show the previous catalog until it lands, and a
    /// newer edit makes this one's result stale (dropped).
    private mutating func prepare(_ data: ForumData) -> [Effect] {
        workingData = data
        generation += 1
        let keepScorer = data.cities == catalog.data.cities && data.forum == catalog.data.forum
        let scorer = keepScorer ? scorer : nil
        return apply([.startJob(BackgroundJob("applying", cancellable: false) { _ in
            var data = data
            data.normalize()  // checks 100,000 sessions' order: not on the key
            return .prepared(CityCatalog(data), scorer ?? PairScorer(forum: data.forum, cities: data.cities))
        })])
    }

    /// Makes a prepared forum what the screens show: a new generation, each screen told.
    private mutating func show(_ newCatalog: CityCatalog, _ newScorer: PairScorer?) {
        let old = catalog
        catalog = newCatalog
        workspaceVersion += 1
        scorer = newScorer
        generation += 1
        let context = context
        for t in tabs.indices {
            // In place: a screen that patches its state (Sessions) must not copy it first.
            var kept = 0
            while kept < tabs[t].count, tabs[t][kept].reload(from: old, context) { kept += 1 }
            tabs[t].removeLast(tabs[t].count - kept)
            if kept == 0 { tabs[t] = [ScreenRegistry.tabs[t].make(context)] }
        }
        // Freeing the old forum (100,000 sessions' strings, ~8 ms) is no work for the input thread.
        JobThread.start { withExtendedLifetime(old) {} }
    }

    // MARK: Background work

    /// Progress, a result or a failure from a job.
    public mutating func handle(_ event: JobEvent) -> [Effect] {
        guard let i = jobs.firstIndex(where: { $0.id == event.jobID }) else { return [] }  // cancelled
        switch event {
        case .progress(_, let fraction, let note):
            jobs[i].fraction = fraction ?? jobs[i].fraction
            jobs[i].note = note ?? jobs[i].note
            return []
        case .failed(_, let reason):
            let job = jobs.remove(at: i)
            message = job.title == "saving" ? "not saved: \(reason)" : "\(job.title) failed: \(reason)"
            if !isLoaded {
                shouldQuit = true
                failure = reason
            }
            return []
        case .finished(_, let outcome):
            let job = jobs.remove(at: i)
            if job.dependsOnShownData, job.generation != generation {
                // A stale working copy or scorer is replaced by a newer one on its way: no word.
                switch outcome {
                case .prepared, .scorer: return []
                default: break
                }
                message = "\(job.title): result dropped, the data changed while it ran"
                return []
            }
            switch outcome {
            case .message(let m): return apply([.deliver(m)])
            case .proposals(let result, let input, let recordAs):
                guard let next = workspace.withProposals(result, solvedFrom: input) else {
                    message = "\(job.title): result dropped, the workspace changed while it ran"
                    return []
                }
                if let recordAs { return apply([.workspace(next, recordAs)]) }
                workspace = next
                return []
            case .prepared(let catalog, let scorer):
                show(catalog, scorer)
                return apply(withTopScreen { $0.appear($1) })
            case .scorer(let scorer):
                self.scorer = scorer
                return []
            case .disk(let loaded, let reason): return landDisk(loaded, reason)
            }
        }
    }

    private mutating func landDisk(_ loaded: LoadedForum, _ reason: DiskReason) -> [Effect] {
        diskData = loaded.data
        diskStamp = loaded.stamp
        dismissedStamp = nil
        if case .saved(let n) = reason { history.saved(count: n) }
        // A committed workspace, or one with nothing to commit, opens again on
        // what was read; one with changes stays (its commit re-applies them to
        // the files as they are then).
        if reason.isCommit || !workspace.hasChanges {
            history.dropWorkspaceSteps()
            workspace = Workspace(diskData, algorithm: workspace.algorithm)
        }
        isLoaded = true
        workingData = diskData
        show(loaded.catalog, nil)
        let data = diskData
        var effects = apply([.startJob(BackgroundJob("scoring partners", cancellable: false) { _ in
            .scorer(PairScorer(forum: data.forum, cities: data.cities))
        })])
        effects += apply(withTopScreen { $0.appear($1) })
        if history.hasUnsavedEdits {
            // Edits kept (or made while it ran) go on top of what was read.
            do {
                effects += prepare(try history.replay(on: diskData))
            } catch {
                history.clear()
                message = "edits dropped, they no longer fit the data: \(Self.sentence(error))"
                return []
            }
        }
        switch reason {
        case .initialLoad: message = nil
        case .reload: message = "reloaded: the data folder changed on disk (\(catalog.count.grouped) cities)"
        case .saved(let n): message = "saved \(n) edit\(n == 1 ? "" : "s") to \(folder.path)"
        case .committed(let n, let cohort):
            message = "committed: \(n) new pair\(n == 1 ? "" : "s") in cohort \(cohort.isEmpty ? "(none)" : cohort) written to \(folder.path)"
        }
        return effects
    }

    /// The data folder changed on disk (another process wrote it). Reloads,
    /// or with unsaved edits asks first.
    public mutating func folderChanged(_ stamp: FolderStamp) -> [Effect] {
        guard isLoaded, stamp != diskStamp, stamp != dismissedStamp,
              !jobs.contains(where: { !$0.dependsOnShownData }) else { return [] }
        dismissedStamp = stamp
        guard history.hasUnsavedEdits else { return apply([.reload]) }
        let n = history.unsavedEdits.count
        return apply([.openOverlay(ConfirmationOverlay(
            question: "The data folder changed on disk. Reload it and drop your \(n) unsaved edit\(n == 1 ? "" : "s")?",
            detail: "No keeps your edits; \(Keymap.keyName(.save, in: .edits)) then writes them on top of the new files.",
            onConfirm: [.reload], onDecline: [.message("kept your edits; the data folder changed on disk")]))])
    }

    static func sentence(_ error: any Error) -> String { (error as? PeerMatchError)?.description ?? "\(error)" }

    // MARK: Drawing

    /// Draws the whole screen.
    public func render(into grid: inout Grid) {
        if isTooSmall {
            TooSmallMessage.render(width: grid.width, height: grid.height, into: &grid)
            return
        }
        let context = context
        TitleBar.render(titles: ScreenRegistry.tabs.map(\.title), current: currentTab,
                        forumName: catalog.data.forum.name, width: width, into: &grid)
        if isLoaded {
            tabs[currentTab].last!.render(context, into: &grid)
        } else {
            LoadingMessage.render(path: folder.path, in: context.body, into: &grid)
        }
        let (_, status) = screenRect.splitBottom(2)
        let hints = activeKeymaps.flatMap(\.bindings).filter(\.shownInFooter)
        StatusLine.render(info: statusInfo, message: statusMessage, hints: hints, in: status, into: &grid)
        for o in overlays { o.render(context, into: &grid) }
    }

    /// What the app is doing (jobs), then what was just done.
    var statusMessage: String? {
        let doing = jobs.last.map { $0.statusText + ($0.cancellable ? " (\(Keymap.keyName(.cancelJob, in: .job)) cancels)" : "") }
        let parts = [doing, message].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    var statusInfo: String {
        guard isLoaded else { return folder.path }
        let d = catalog.data
        var info = "\(folder.path) · \(d.cities.count.grouped) cities · \(catalog.index.activePairs.count.grouped) active pairings · "
            + "\(d.sessions.count.grouped) sessions"
        if history.hasUnsavedEdits { info = "\(history.unsavedEdits.count) unsaved · " + info }
        if workspace.hasChanges { info = "workspace uncommitted · " + info }
        return info
    }

    /// A fresh frame of the current size, drawn.
    public func frame() -> Grid {
        var grid = Grid(width: width, height: height)
        render(into: &grid)
        return grid
    }
}
