import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// After an edit the Sessions screen patches its lists where the edit lands
/// (no rebuild on the input thread); after a reload with many changes it
/// rebuilds them in the background, showing the previous lists meanwhile.
@Suite struct SessionsEditLandingTests {
    func sessions(_ app: AppDriver) -> SessionsState { app.model.screen(SessionsController.self)!.state }

    @Test func eachEditIsPatchedInAndEqualsAFreshBuild() {
        var app = SessionsFixture.app()
        func check(_ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            // Hand the jobs' results over one by one, noting every job that ran.
            var titles: [String] = []
            for _ in 0..<10_000 where !(app.loop.jobs.isIdle && app.model.jobs.isEmpty) {
                titles += app.model.jobs.map(\.title)
                app.pump()
                titles += app.model.jobs.map(\.title)
                usleep(500)
            }
            #expect(!titles.isEmpty, "\(what): no edit landed", sourceLocation: sourceLocation)
            #expect(!titles.contains { $0.hasPrefix("preparing") }, "\(what): rebuilt in a job: \(titles)", sourceLocation: sourceLocation)
            app.settle()
            let state = sessions(app)
            #expect(!state.isPreparing, "\(what): rebuilt instead of patched", sourceLocation: sourceLocation)
            let same = state.overview == SessionsOverview(app.model.catalog.data, today: SessionsFixture.today)
            #expect(same, "\(what): the patched lists differ from a fresh build", sourceLocation: sourceLocation)
            #expect(!app.lines[1].contains("preparing"), sourceLocation: sourceLocation)
        }
        app.press(.toggleFollowUpDone)
        check("follow-up done")
        app.press(.moveDown)
        app.press(.deleteSession)
        app.press(.confirm)
        check("delete")
        #expect(app.lines[1].hasSuffix("2 of 2"))
        app.press(.undo)
        check("undo")
        #expect(app.lines[1].hasSuffix("3 of 3"))
        app.press(.redo)
        check("redo")
        app.press(.recordGoodFit)
        check("fit check")
        app.press(.logSession)
        app.press(.nextField)
        app.press(.nextField)
        app.press(.nextChoice)
        app.press(.submitForm)
        check("log")
        #expect(app.lines[1].hasSuffix("3 of 3"))
        #expect(app.lines[3 + sessions(app).cursor.selected].contains("webinar"))
    }

    @Test func aReloadWithManyChangesIsPreparedInTheBackground() throws {
        let (tmp, folder) = try fixtureFolder()
        _ = tmp  // removed when the test ends
        var app = AppDriver(folder: folder)
        app.settle()
        app.press(.showSessions)
        app.settle()
        #expect(app.lines[1].hasSuffix("3 of 3"))
        // Another process logs 20 sessions: more than a patch follows.
        try folder.update { data in
            for n in 0..<20 {
                data.sessions.append(Session(id: "s2026041\(n % 10)-bulk\(n < 10 ? "a" : "b")\(n % 10)",
                                             date: Day("2026-04-10")!.adding(days: n % 10), pilot: "chennai", peer: "surat",
                                             format: .call, outcome: "bulk \(n)"))
            }
        }
        app.watch()
        for _ in 0..<10_000 where !(app.model.message ?? "").hasPrefix("reloaded") {
            app.pump()
            usleep(1000)
        }
        // Landed: the lists are the old ones, marked, until the new ones are built.
        #expect(sessions(app).isPreparing)
        #expect(app.lines[1].hasSuffix("preparing… 3 of 3"))
        app.settle()
        #expect(!sessions(app).isPreparing)
        #expect(app.lines[1].hasSuffix("23 of 23"))
        let same = sessions(app).overview == SessionsOverview(app.model.catalog.data, today: sessions(app).today)
        #expect(same)
    }
}
