import Testing
@testable import PeerMatchCore

@Suite struct TextTests {
    @Test func displayWidthAcrossScripts() {
        #expect("São Paulo".displayWidth == 9)
        #expect("深圳".displayWidth == 4)
        #expect("पुणे".displayWidth == 2)      // प ु ण े: the vowel signs take no cell
        #expect("กรุงเทพ".displayWidth == 6)   // ุ is a combining mark
        #expect("Medellín".displayWidth == 8)
        #expect("Mede\u{301}llin".displayWidth == 8) // decomposed accent
        #expect("🌊".displayWidth == 2)
        #expect("Đà Nẵng".displayWidth == 7)
    }

    @Test func truncationNeverSplitsACharacter() {
        #expect("深圳市".truncated(toWidth: 4) == "深…")
        #expect("深圳市".truncated(toWidth: 5) == "深圳…")
        #expect("São Paulo".truncated(toWidth: 4) == "São…")
        #expect("Mede\u{301}llin".truncated(toWidth: 5) == "Mede\u{301}…")
        #expect("पुणे नगर".truncated(toWidth: 3) == "पुणे…")
        #expect("abc".truncated(toWidth: 3) == "abc")
        #expect("abcd".truncated(toWidth: 0) == "")
    }

    @Test func paddingUsesCells() {
        #expect("深圳".padded(toWidth: 6) == "深圳  ")
        #expect("7".padded(toWidth: 3, alignRight: true) == "  7")
    }

    @Test func foldingIgnoresCaseAndAccents() {
        #expect(SearchFolding.fold("São Paulo").contains(SearchFolding.fold("sao")))
        #expect(SearchFolding.fold("Medellín") == "medellin")
        #expect(SearchFolding.fold("Đà Nẵng") == "danang")
        #expect(SearchFolding.fold("MONTRÉAL") == "montreal")
        #expect(SearchFolding.fold("深圳") == "深圳")
    }

    @Test func tableAlignsByDisplayWidth() {
        var t = TextTable([.init("name"), .init("n", alignRight: true)])
        t.add(["深圳", "1"])
        t.add(["São Paulo", "22"])
        t.add(["पुणे", "3"])
        let lines = t.render().split(separator: "\n").map(String.init)
        #expect(lines == [
            "name        n",
            "─────────  ──",
            "深圳        1",
            "São Paulo  22",
            "पुणे" + String(repeating: " ", count: 10) + "3",
        ])
        #expect(Set(lines.map(\.displayWidth)) == [13])
    }

    @Test func suggestionsFindCloseIDs() {
        #expect(Suggestions.closest(to: "chenai", in: ["chennai", "pune", "surat"]) == ["chennai"])
        #expect(Suggestions.closest(to: "sao", in: ["sao-paulo", "santiago"]).first == "sao-paulo")
        #expect(Suggestions.closest(to: "zzzzzz", in: ["chennai"]).isEmpty)
    }
}
