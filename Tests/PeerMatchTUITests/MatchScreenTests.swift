import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The Match screen on the fixture forum: chennai–accra is the one pair the
/// match proposes (surat is paired, the other pilots share nothing with accra).
@Suite struct MatchScreenTests {
    static let proposal = PairKey(pilot: "chennai", peer: "accra")

    /// On the Match tab with the match run (its result landed).
    static func matched(_ data: ForumData = Fixtures.multilingualForum()) -> AppDriver {
        var app = AppDriver(data)
        app.press(.showMatch)
        app.press(.runMatch)
        app.settle()
        return app
    }

    @Test func beforeTheFirstRunItSaysHowToStart() {
        var app = AppDriver()
        app.press(.showMatch)
        #expect(app.lines[3] == "No proposals yet: r runs the match on the capacity left.")
        #expect(app.model.workspace.proposals == nil)
    }

    @Test func theProposalsWithScoreWhyAndCoverage() {
        let app = Self.matched()
        expectScreen(app.screen, [
            " PeerMatch   1 Cities  [2 Match]  3 Pairs   4 Sessions   5 Reports   Test Forum",
            "optimal · 1 pairs · total 6.0 · unmatched: 2 pilots, 1 peers",
            "pilot             peer              score       request      why",
            "Chennai சென்னை     Accra               6.0                    water-resilience +…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────────────────────────",
            "Chennai சென்னை → Accra   score 6.0",
            "  water-resilience +3.0, flood-management +2.0, language en +1.0",
            "coverage (peers with a pilot / interested): water-resilience 1/1 · flood-manage…",
            "pairs per region: Sub-Saharan Africa 1",
            "",
            "",
            "",
            "run the match (c commits, u undoes) │ workspace uncommitted · fixture · 8 citie…",
            "r run  a accept  p pin  + pair  c commit  ↓↑ move  ? help  q quit",
        ])
    }

    @Test func pinExcludeUndoRedoShareTheOneUndoStack() {
        var app = Self.matched()
        app.press(.togglePin)
        #expect(app.model.message?.hasPrefix("pin chennai–accra") == true)
        #expect(app.model.workspace.pins == [Self.proposal])
        #expect(app.lines[3].contains(" pin "))
        app.press(.undo)
        #expect(app.model.message == "undone: pin chennai–accra")
        #expect(app.model.workspace.pins.isEmpty)
        app.press(.redo)
        #expect(app.model.message == "redone: pin chennai–accra")
        #expect(app.model.workspace.pins == [Self.proposal])
        app.press(.togglePin)
        #expect(app.model.workspace.pins.isEmpty)
        app.settle()
        // Exclude with a note typed in the overlay; the match runs again by itself.
        app.press(.excludePair)
        app.type("met already")
        app.press(.acceptText)
        #expect(app.model.workspace.exclusions[Self.proposal] == "met already")
        app.settle()
        #expect(app.model.workspace.proposal(Self.proposal) == nil && !app.model.workspace.proposalsAreStale)
        app.press(.undo)
        #expect(app.model.message == "undone: exclude chennai–accra")
        #expect(app.model.workspace.proposal(Self.proposal) != nil && !app.model.workspace.proposalsAreStale)
        // No forum edit was made: nothing to save, one stack.
        #expect(!app.model.hasUnsavedEdits && app.model.history.done.allSatisfy(\.isWorkspaceStep))
    }

    @Test func acceptAndRejectAreUndoable() {
        var app = Self.matched()
        app.press(.acceptProposal)
        #expect(app.model.workspace.newPairs.map(\.key) == [Self.proposal])
        #expect(app.lines[3].contains(" new "))
        app.press(.undo)
        #expect(app.model.workspace.newPairs.isEmpty && app.model.workspace.proposal(Self.proposal) != nil)
        app.press(.rejectProposal)
        #expect(app.model.workspace.rejected == [Self.proposal])
        app.settle()
        #expect(app.model.workspace.proposal(Self.proposal) == nil)
        app.press(.undo)
        #expect(app.model.message == "undone: reject chennai–accra")
        #expect(app.model.workspace.rejected.isEmpty)
    }

    @Test func aRefusalShowsCoresSentence() {
        var app = Self.matched()
        app.press(.togglePin)
        app.settle()
        app.press(.rejectProposal)
        #expect(app.model.message == "not done: cannot reject chennai–accra: the pair is pinned; unpin it first")
        app.press(.pinRequest)
        #expect(app.model.message?.hasPrefix("not done: ") == true)
        #expect(app.model.workspace.pins == [Self.proposal])
    }

    @Test func theDiffSaysWhatACommitWouldChange() {
        var app = Self.matched()
        app.press(.toggleDiff)
        #expect(app.lines[15] == "if committed: +1 pairs; −0 ended; 0 peers change pilot; total score +6.0")
        #expect(app.lines[16] == "  + chennai–accra  6.0")
        app.press(.toggleDiff)
        #expect(app.lines[15].hasPrefix("Chennai சென்னை → Accra"))
    }

    @Test func searchKeepsMatchingPairs() {
        var app = Self.matched()
        app.press(.searchProposals)
        app.type("lagos")
        app.press(.acceptText)
        #expect(app.lines[3] == "No pair matches /lagos.")
        #expect(app.lines[1].hasPrefix("/lagos: 0 shown · "))
        app.press(.searchProposals)
        app.press(.deleteTextCharacter)
        app.press(.deleteTextCharacter)
        app.press(.deleteTextCharacter)
        app.press(.deleteTextCharacter)
        app.press(.deleteTextCharacter)
        app.type("acc")
        app.press(.acceptText)
        #expect(app.lines[3].hasPrefix("Chennai"))
    }

    @Test func escapeCancelsASolveAndNothingLands() {
        var app = AppDriver()
        app.press(.showMatch)
        app.press(.runMatch)
        app.press(.cancelJob)
        app.settle()
        #expect(app.model.workspace.proposals == nil)
        #expect(app.model.message == "cancelled: solving")
    }

    @Test func aResultSolvedFromAnOlderWorkspaceIsDropped() throws {
        var app = AppDriver()
        app.press(.showMatch)
        app.press(.runMatch)
        // Before the result is pumped, the workspace changes.
        let excluded = try app.model.workspace.exclude(Self.proposal)
        app.apply([.workspace(excluded, "exclude chennai–accra")])
        app.settle()
        #expect(app.model.workspace.proposals == nil)
        #expect(app.model.message == "solving: result dropped, the workspace changed while it ran")
    }

    @Test func quittingWithAnUncommittedWorkspaceAsks() {
        var app = Self.matched()
        app.press(.quit)
        #expect(!app.model.shouldQuit)
        #expect(app.screen.row(containing: "Quit without committing the workspace?") != nil)
        app.press(.decline)
        app.press(.undo)
        app.press(.quit)
        #expect(app.model.shouldQuit)
    }

    @Test func commitWritesTheWorkspaceWithACohort() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder)
        app.settle()
        app.press(.showMatch)
        app.press(.runMatch)
        app.settle()
        app.press(.togglePin)
        app.settle()
        app.press(.commitWorkspace)
        app.type("2026-autumn")
        app.press(.acceptText)
        #expect(app.screen.row(containing: "Commit 1 new pair (cohort 2026-autumn)") != nil)
        #expect(try folder.load().pairings.count == Fixtures.multilingualForum().pairings.count)
        app.press(.confirm)
        app.settle()
        let disk = try folder.load()
        let made = disk.pairings.filter { $0.key == Self.proposal }
        #expect(made.count == 1 && made.first?.cohort == "2026-autumn" && made.first?.isActive == true)
        #expect(app.model.message?.hasPrefix("committed: 1 new pair in cohort 2026-autumn") == true)
        #expect(!app.model.workspace.hasChanges && app.model.history.done.isEmpty)
        app.press(.quit)
        #expect(app.model.shouldQuit)
        withExtendedLifetime(tmp) {}
    }

    @Test func tinyTerminalsDoNotCrash() {
        var app = Self.matched()
        for (w, h) in [(20, 5), (40, 10), (60, 12), (200, 60)] {
            app.resize(width: w, height: h)
            if !app.model.isTooSmall { app.press(.toggleDiff) }
            _ = app.lines
        }
    }
}
