import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

@Suite struct SearchAndSortTests {
    /// The search text in the filter bar and whether it is shown selected.
    func searchInBar(_ app: AppDriver) -> (text: String, selected: Bool) {
        let bar = app.lines[1]
        let text = String(bar.dropFirst().prefix { $0 != " " && $0 != "▏" })
        return (text, app.screen[1, 1].style.reverse)
    }

    @Test func slashOnAKeptSearchSelectsItAndTypingReplacesIt() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("pune")
        app.press(.acceptSearch)
        #expect(searchInBar(app) == ("pune", false))
        app.press(.startSearch)
        #expect(searchInBar(app) == ("pune", true))
        app.type("sur")
        #expect(searchInBar(app) == ("sur", false))
        #expect(app.lines[3].hasPrefix("Surat"))
        #expect(app.lines[1].hasSuffix("1 of 8"))
    }

    @Test func backspaceOnTheSelectedSearchClearsIt() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("pune")
        app.press(.acceptSearch)
        app.press(.startSearch)
        app.press(.deleteSearchCharacter)
        #expect(app.lines[1].hasPrefix("/▏"))
        #expect(app.lines[1].hasSuffix("8 of 8"))
    }

    @Test func escapeWhileTypingPutsThePreviousSearchBack() {
        var app = AppDriver()
        app.press(.startSearch)
        app.type("pune")
        app.press(.acceptSearch)
        app.press(.startSearch)
        app.type("xyz")
        #expect(app.lines[1].hasSuffix("0 of 8"))
        app.press(.cancelSearch)
        #expect(searchInBar(app) == ("pune", false))
        #expect(app.lines[1].hasSuffix("1 of 8"))
    }

    @Test func nAndShiftNStepThroughTheMatches() {
        var app = AppDriver()
        app.press(.nextMatch)
        #expect(app.model.message == "no search to step through: / starts one")
        app.press(.startSearch)
        app.type("in")
        app.press(.acceptSearch)
        // Chennai, Medellín, Pune, Surat (IN): four matches, by name.
        let names = { (app: AppDriver) in app.model.cities.selectedCity.map { app.model.catalog.data.cities[$0].id } }
        #expect(names(app) == "chennai")
        app.press(.nextMatch)
        #expect(names(app) == "medellin")
        #expect(app.model.message == "match 2 of 4")
        app.press(.previousMatch)
        app.press(.previousMatch)
        #expect(names(app) == "surat")
        app.press(.nextMatch)
        #expect(names(app) == "chennai")
    }

    @Test func aClickOnAColumnTitleSortsByItThenReverses() {
        var app = AppDriver()
        let header = 2
        let cc = cellColumn(of: "cc", row: header, in: app.screen)!
        app.click(x: cc, y: header)
        #expect(app.lines[1].contains("sort:country↑"))
        // Countries ascending: BR (São Paulo) first, MA (Casablanca) last.
        #expect(app.lines[3].hasPrefix("São Paulo"))
        #expect(app.lines[10].hasPrefix("Casablanca"))
        app.click(x: cc + 1, y: header)
        #expect(app.lines[1].contains("sort:country↓"))
        #expect(app.lines[3].hasPrefix("Casablanca"))
        let areas = cellColumn(of: "top areas", row: header, in: app.screen)!
        app.click(x: areas, y: header)
        #expect(app.model.message == "the top areas column does not sort")
        #expect(app.lines[1].contains("sort:country↓"))
    }

    @Test func keyHintsComeFromTheKeymaps() {
        var app = AppDriver()
        app.resize(width: 50, height: 12)
        #expect(app.screen.row(containing: "(\(Keymap.global.binding(for: .quit)!.keys[0].label) quits)") != nil)
        app.resize(width: 80, height: 24)
        app.press(.toggleHelp)
        #expect(app.lines[1].contains("Keys — \(Keymap.help.binding(for: .closeHelp)!.keys[0].label) closes"))
    }
}
