import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// A city officer's request in the Mentors view: ranked pilots, as undoable edits.
@Suite struct MentorsRequestTests {
    @Test func markingPilotsRanksThemAndUndoTakesThemBack() throws {
        let (tmp, folder) = try fixtureFolder()
        var app = AppDriver(folder: folder, width: 120, height: 30)
        app.settle()
        #expect(app.lines[3].hasPrefix("Accra"))
        app.press(.openPartners)
        #expect(app.lines[1] == "Mentors (pilots) that fit Accra — 2 allowed, best first")
        app.press(.toggleRequest)
        #expect(app.model.message?.hasPrefix("request chennai for accra (unsaved") == true)
        app.settle()
        app.press(.moveDown)
        app.press(.toggleRequest)
        app.settle()
        #expect(app.lines[1].hasSuffix(" · requested: 1 Chennai சென்னை, 2 Pune पुणे"))
        app.press(.undo)
        #expect(app.model.message == "undone: request pune for accra")
        app.settle()
        #expect(app.lines[1].hasSuffix(" · requested: 1 Chennai சென்னை"))
        app.press(.moveFirst)
        app.press(.toggleRequest)
        #expect(app.model.message?.hasPrefix("withdraw the request of accra for chennai") == true)
        app.press(.undo)
        app.press(.save)
        app.settle()
        #expect(try folder.load().requests == [CityRequest(peer: "accra", pilots: ["chennai"])])
        withExtendedLifetime(tmp) {}
    }

    @Test func aPilotMakesNoRequest() {
        var app = AppDriver()
        app.press(.moveDown)
        app.press(.moveDown)
        #expect(app.lines[5].hasPrefix("Chennai"))
        app.press(.openPartners)
        app.press(.toggleRequest)
        #expect(app.model.message == "a request is made for a peer city: open a peer's mentors")
    }
}
