import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sample reversible edit for the shell (no editing screen exists yet):
/// renames a city; refuses when the city is gone.
func rename(_ id: String, to name: String) -> ReversibleEdit {
    ReversibleEdit("rename \(id) to \(name)") { data in
        guard let i = data.cities.firstIndex(where: { $0.id == id }) else {
            throw AppLoadFailure(description: "no city \(id) any more")
        }
        data.cities[i].name = name
    }
}

/// A data folder holding the multilingual fixture forum.
func fixtureFolder() throws -> (TemporaryFolder, DataFolder) {
    let tmp = TemporaryFolder("pm-shell")
    let folder = try DataFolder.create(at: tmp.file("data"), forumName: "Test Forum")
    let fixture = Fixtures.multilingualForum()
    try folder.update { $0 = fixture }
    return (tmp, folder)
}

/// A job that reports half-way, then waits for the test to let it finish.
func gatedJob(_ gate: Locked<Bool>, result: JobOutcome) -> BackgroundJob {
    BackgroundJob("solving") { progress in
        progress.report(0.5, "half-way")
        while !gate.withLock({ $0 }) {
            try progress.checkCancelled()
            usleep(1000)
        }
        return result
    }
}

@Suite struct OverlayOrderTests {
    @Test func theTopOverlayTakesKeysMovesAndMouse() {
        var app = AppDriver()
        app.press(.chooseFilter)
        // ↓ moves the chooser's cursor, not the list under it.
        app.press(.moveDown)
        app.press(.moveDown)
        #expect(app.screen.row(containing: "region    any") != nil)
        let chooserRow = app.screen.row(containing: "region    any")!
        #expect(app.screen[cellColumn(of: "region    any", row: chooserRow, in: app.screen)!, chooserRow].style.reverse)
        // The wheel scrolls the chooser too; the list keeps Accra selected.
        app.loop.step(&app.model, .mouse(MouseEvent(.wheelDown, x: 40, y: 12)))
        #expect(app.model.cities.cursor.selected == 0)
        // Shell keys do not reach through a modal overlay: `q` is not quit here.
        app.loop.step(&app.model, .key(.character("q")))
        #expect(!app.model.shouldQuit)
        app.press(.closeChooser)
        #expect(app.model.overlayCount == 0)
        app.press(.moveDown)
        #expect(app.model.cities.cursor.selected == 1)
    }

    @Test func stackedOverlaysAnswerTopFirst() {
        var app = AppDriver()
        app.apply([.openOverlay(TextInputOverlay(prompt: "Note", tag: "note")),
                   .openOverlay(ConfirmationOverlay(question: "Sure?", detail: "", onConfirm: [.message("confirmed")]))])
        #expect(app.model.activeKeymaps == [.confirmation])
        app.loop.step(&app.model, .key(.character("x")))  // not typed into the text box under it
        app.press(.confirm)
        #expect(app.model.message == "confirmed")
        #expect(app.model.activeKeymaps == [.textInput])
        app.type("hi")
        #expect(app.screen.row(containing: "hi▏") != nil)
        app.press(.cancelText)
        #expect(app.model.overlayCount == 0)
        #expect(app.model.activeKeymaps.first == .cities)
    }

    @Test func helpExplainsTheLayerUnderIt() {
        var app = AppDriver()
        app.press(.openCity)
        app.press(.toggleHelp)
        #expect(app.screen.row(containing: "back to the list") != nil)
        #expect(app.screen.row(containing: "Esc closes") != nil)
        app.press(.closeHelp)
        #expect(app.lines[2].hasPrefix(" City"), "\(app.screen.screenText)")
    }
}

@Suite struct UndoRedoTests {
    @Test func anEditIsUndoneAndRedoneWithItsDescription() {
        var app = AppDriver()
        app.press(.moveDown)  // Casablanca, to check the selection stays on the same city
        app.apply([.edit(rename("accra", to: "Zzz Accra"))])
        // The catalog is prepared in the background; the list still shows the old data meanwhile.
        #expect(app.lines[22].hasPrefix("applying… · rename accra to Zzz Accra"))
        #expect(app.lines[3].hasPrefix("Accra"))
        app.settle()
        #expect(app.screen.row(containing: "rename accra to Zzz Accra (unsaved") != nil)
        #expect(app.lines[22].contains("│ 1 unsaved · fixture"))
        // Sorted by name, the renamed city moved to the end; Casablanca is still selected.
        #expect(app.lines[10].hasPrefix("Zzz Accra"))
        #expect(app.model.cities.selectedCity.map { app.model.catalog.data.cities[$0].id } == "casablanca")
        app.press(.undo)
        app.settle()
        #expect(app.lines[22].hasPrefix("undone: rename accra to Zzz Accra │ fixture"))
        #expect(app.lines[3].hasPrefix("Accra"))
        #expect(!app.model.hasUnsavedEdits)
        app.press(.redo)
        app.settle()
        #expect(app.lines[22].hasPrefix("redone: rename accra to Zzz Accra │ 1 unsaved"))
        #expect(app.lines[10].hasPrefix("Zzz Accra"))
        app.press(.redo)
        #expect(app.model.message == "nothing to redo")
    }

    @Test func anEditThatDoesNotFitChangesNothing() {
        var app = AppDriver()
        app.apply([.edit(rename("no-such-city", to: "X"))])
        #expect(app.model.message == "not done: no city no-such-city any more")
        #expect(!app.model.hasUnsavedEdits)
    }

    @Test func quittingWithUnsavedEditsAsks() {
        var app = AppDriver()
        app.apply([.edit(rename("accra", to: "Akra"))])
        app.press(.quit)
        #expect(!app.model.shouldQuit)
        #expect(app.screen.row(containing: "Quit without saving 1 edit?") != nil)
        app.press(.decline)
        #expect(!app.model.shouldQuit && app.model.overlayCount == 0)
        app.press(.quit)
        app.press(.confirm)
        #expect(app.model.shouldQuit)
    }

    @Test func savingWritesTheEditsUnderTheLock() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        app.settle()
        app.apply([.edit(rename("accra", to: "Akra")), .edit(rename("pune", to: "Poona"))])
        app.press(.undo)
        app.press(.save)
        app.settle()
        #expect(app.model.message == "saved 1 edit to \(folder.path)")
        let disk = try folder.load()
        #expect(disk.cities.first { $0.id == "accra" }?.name == "Akra")
        #expect(disk.cities.first { $0.id == "pune" }?.name == "Pune पुणे")
        #expect(!app.model.hasUnsavedEdits)
        // Our own write is not taken for another process's change.
        app.watch()
        #expect(app.model.overlayCount == 0 && app.loop.jobs.isIdle)
        withExtendedLifetime(tmp) {}
    }

    @Test func aRefusedSaveSaysWhyAndChangesNothing() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        app.settle()
        app.apply([.edit(rename("accra", to: "Akra"))])
        // Another process removes the city meanwhile.
        try folder.update { $0.cities.removeAll { $0.id == "accra" } }
        let before = tmp.snapshot("data")
        app.press(.save)
        app.settle()
        #expect(app.model.message == "not saved: no city accra any more")
        #expect(app.model.hasUnsavedEdits)
        #expect(tmp.snapshot("data") == before)
    }
}

@Suite struct BackgroundWorkTests {
    @Test func progressShowsAndKeysStillWork() {
        var app = AppDriver()
        let gate = Locked(false)
        app.apply([.startJob(gatedJob(gate, result: .message(.filter(CityListFilter(role: .pilot)))))])
        #expect(app.model.activeKeymaps.first == .job)
        for _ in 0..<2000 {
            app.pump()
            if app.lines[22].contains("50%") { break }
            usleep(1000)
        }
        #expect(app.lines[22].hasPrefix("solving… 50% · half-way (Esc cancels)"))
        app.press(.moveDown)
        #expect(app.model.cities.cursor.selected == 1)
        gate.withLock { $0 = true }
        app.settle()
        // The result landed: the pilot filter the job computed is applied.
        #expect(app.lines[1].contains("role:pilot"))
        #expect(app.model.message == "3 cities match")
    }

    @Test func escapeCancelsAndTheResultNeverLands() {
        var app = AppDriver()
        let gate = Locked(false)
        app.apply([.startJob(gatedJob(gate, result: .message(.filter(CityListFilter(role: .pilot)))))])
        app.press(.cancelJob)
        #expect(app.model.message == "cancelled: solving")
        #expect(app.model.activeKeymaps.first == .cities)
        gate.withLock { $0 = true }
        app.settle()
        #expect(!app.lines[1].contains("role:pilot"))
        #expect(app.lines[1].hasSuffix("8 of 8"))
    }

    @Test func aResultFromChangedDataIsDropped() {
        var app = AppDriver()
        let gate = Locked(false)
        app.apply([.startJob(gatedJob(gate, result: .message(.filter(CityListFilter(role: .pilot)))))])
        app.apply([.edit(rename("accra", to: "Akra"))])
        gate.withLock { $0 = true }
        app.settle()
        #expect(app.model.message == "solving: result dropped, the data changed while it ran")
        #expect(!app.lines[1].contains("role:pilot"))
    }

    @Test func theFirstFrameSaysLoadingThenTheTableComes() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        #expect(app.screen.row(containing: "loading \(folder.path)…") != nil)
        #expect(app.model.activeKeymaps.flatMap(\.bindings).map(\.action) == [.quit])
        app.settle()
        #expect(app.lines[1].hasSuffix("8 of 8"))
        withExtendedLifetime(tmp) {}
    }

    @Test func ctrlLRepaintsEverything() {
        var app = AppDriver()
        app.loop.step(&app.model, .key(.control("l")))
        #expect(app.loop.terminal.invalidations == 1)
    }
}

@Suite struct LiveDataTests {
    /// Adds a city that sorts first by name, so positions in the list shift.
    func addCityElsewhere(_ folder: DataFolder) throws {
        try folder.update { $0.cities.append(Fixtures.city("aaa", .peer, [:], name: "Aachen", country: "DE")) }
    }

    @Test func anOutsideChangeReloadsAndKeepsTheCursorOnTheCity() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        app.settle()
        app.press(.moveDown)
        app.press(.moveDown)  // Chennai
        try addCityElsewhere(folder)
        app.watch()
        app.settle()
        #expect(app.lines[1].hasSuffix("9 of 9"))
        #expect(app.lines[3].hasPrefix("Aachen"))
        #expect(app.model.message == "reloaded: the data folder changed on disk (9 cities)")
        #expect(app.model.cities.selectedCity.map { app.model.catalog.data.cities[$0].id } == "chennai")
        withExtendedLifetime(tmp) {}
    }

    @Test func withUnsavedEditsItAsksAndCanKeepThem() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        app.settle()
        app.apply([.edit(rename("pune", to: "Poona"))])
        try addCityElsewhere(folder)
        app.watch()
        #expect(app.screen.row(containing: "The data folder changed on disk.") != nil)
        app.press(.decline)
        #expect(app.model.message == "kept your edits; the data folder changed on disk")
        #expect(app.lines[1].hasSuffix("8 of 8"))
        // Asked once per change, not every second.
        app.watch()
        #expect(app.model.overlayCount == 0)
        // Saving writes the edit on top of the new files: both are there.
        app.press(.save)
        app.settle()
        let disk = try folder.load()
        #expect(disk.cities.count == 9 && disk.cities.contains { $0.name == "Poona" })
        #expect(app.lines[1].hasSuffix("9 of 9"))
        withExtendedLifetime(tmp) {}
    }

    @Test func withUnsavedEditsYesReloadsAndDropsThem() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        app.settle()
        app.apply([.edit(rename("pune", to: "Poona"))])
        try addCityElsewhere(folder)
        app.watch()
        app.press(.confirm)
        app.settle()
        #expect(!app.model.hasUnsavedEdits)
        #expect(app.lines[1].hasSuffix("9 of 9"))
        #expect(!app.model.catalog.data.cities.contains { $0.name == "Poona" })
        withExtendedLifetime(tmp) {}
    }
}

@Suite struct EditorEffectTests {
    @Test func theEditorRunsOnTheFileAndItsStatusComesBack() {
        let tmp = TemporaryFolder("pm-editor")
        let path = tmp.file("note.txt")
        // `touch` stands in for the editor: it creates the file it is given.
        setenv("VISUAL", "touch", 1)
        defer { unsetenv("VISUAL") }
        #expect(EventLoop<GridTerminal>.runEditor(path) == 0)
        #expect(access(path, F_OK) == 0)
        setenv("VISUAL", "false", 1)
        #expect(EventLoop<GridTerminal>.runEditor(path) == 1)
    }
}

@Suite struct JobQueueTests {
    /// Whether the wake pipe is readable within `ms`.
    func readable(_ fd: Int32, within ms: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, ms) == 1
    }

    @Test func aReportWakesTheLoopAtOnceAndDrainingQuietsIt() {
        let jobs = JobQueue()
        #expect(!readable(jobs.wakeDescriptor, within: 0))
        jobs.start(JobTicket(id: 7, generation: 0, job: BackgroundJob("test") { _ in .message(.text("done", tag: "t")) }))
        #expect(readable(jobs.wakeDescriptor, within: 5000))
        var events: [JobEvent] = []
        for _ in 0..<5000 where events.isEmpty {
            events = jobs.drain()
            if events.isEmpty { usleep(1000) }
        }
        #expect(events.count == 1 && events.first?.jobID == 7)
        #expect(!readable(jobs.wakeDescriptor, within: 0))
    }
}

@Suite struct LockedFolderTests {
    @Test func aSaveRefusedByTheLockSaysWhyAndKeepsTheEdits() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: DataFolder(path: folder.path, lockTimeout: 0.2))
        app.settle()
        app.apply([.edit(rename("accra", to: "Akra"))])
        app.settle()
        // Another writer holds the lock for a while.
        let holding = Locked(false), release = Locked(false)
        JobThread.start {
            try? folder.update { _ in
                holding.withLock { $0 = true }
                while !release.withLock({ $0 }) { usleep(1000) }
            }
        }
        while !holding.withLock({ $0 }) { usleep(1000) }
        let before = tmp.snapshot("data")
        app.press(.save)
        app.settle()
        release.withLock { $0 = true }
        #expect(app.model.message?.hasPrefix("not saved: the data folder \(folder.path) is being changed by another peermatch") == true,
                "\(app.model.message ?? "")")
        #expect(app.model.hasUnsavedEdits)
        #expect(tmp.snapshot("data") == before)
    }
}
