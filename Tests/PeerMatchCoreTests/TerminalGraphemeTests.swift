import Testing
@testable import PeerMatchCore

@Suite struct TerminalGraphemeTests {
    @Test func disputedEmojiAreDrawnInAFormAllTerminalsCountAlike() {
        #expect(TerminalGrapheme.drawn("👩‍👩‍👧") == "👩")
        #expect(TerminalGrapheme.drawn("👍🏽") == "👍")
        #expect(TerminalGrapheme.drawn("❤️") == "❤")
        #expect(TerminalGrapheme.drawn("1️⃣") == "1")
        #expect(TerminalGrapheme.drawn("🏳️‍🌈") == "🏳")
        #expect(TerminalGrapheme.drawn("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}") == "🏴")
        // Left alone: flags, accents, Indic clusters, single emoji.
        #expect(TerminalGrapheme.drawn("🇧🇷") == "🇧🇷")
        #expect(TerminalGrapheme.drawn("é") == "é")
        #expect(TerminalGrapheme.drawn("पु") == "पु")
        #expect(TerminalGrapheme.drawn("🌊") == "🌊")
    }

    /// Widths are the per-scalar (wcwidth) sum of what is drawn.
    @Test func widthsAreThoseOfTheDrawnForm() {
        #expect("👩‍👩‍👧".displayWidth == 2)
        #expect("Family 👩‍👩‍👧 Town".displayWidth == 14)
        #expect("👍🏽".displayWidth == 2)
        #expect("🇧🇷".displayWidth == 2)
        #expect("1️⃣".displayWidth == 1)
        #expect("❤️".displayWidth == 1)
        #expect("a👩‍👩‍👧b".truncated(toWidth: 4) == "a👩‍👩‍👧b")
        #expect("a👩‍👩‍👧b".truncated(toWidth: 3) == "a…")
    }
}

@Suite struct TerminalDrawnTextTests {
    @Test func tablesPrintTheDrawnForm() {
        var t = TextTable([.init("name"), .init("n", alignRight: true)])
        t.add(["Family 👩‍👩‍👧 Town", "1"])
        t.add(["Thumbs 👍🏽", "22"])
        let lines = t.render().split(separator: "\n").map(String.init)
        #expect(lines[2] == "Family 👩 Town   1")
        #expect(lines[3] == "Thumbs 👍       22")
    }
}
