import PeerMatchCore
import Testing
@testable import PeerMatchTUI

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.put("深圳ab", x: 0, y: 0) == 6)
        #expect(grid.lines == ["深圳ab"])
        #expect(grid[1, 0].isContinuation && grid[3, 0].isContinuation)
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("ab深圳", x: 0, y: 0) == 4)
        #expect(grid.lines == ["ab深"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("深圳", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.line(0) == " x圳  ")
        grid.put("y", x: 2, y: 0)
        #expect(grid.line(0) == " xy   ")
    }

    @Test func combiningSequencesStayWhole() {
        var grid = Grid(width: 8, height: 1)
        // e + combining acute, and Devanagari with vowel signs.
        grid.put("e\u{301}पुणे", x: 0, y: 0)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "पु")
        #expect(grid[2, 0].text == "णे")
        #expect(grid.line(0).hasPrefix("e\u{301}पुणे"))
    }

    @Test func exactWidthCutsWithAnEllipsis() {
        var grid = Grid(width: 12, height: 1)
        grid.put("Bhubaneswar ଭୁବନେଶ୍ୱର", x: 0, y: 0, exactWidth: 12)
        #expect(grid.lines == ["Bhubaneswar…"])
        var cjk = Grid(width: 6, height: 1)
        cjk.put("深圳市区", x: 0, y: 0, exactWidth: 6)
        #expect(cjk.lines == ["深圳…"])
    }

    @Test func controlCharactersShowEscapedAsInTheCLI() {
        var grid = Grid(width: 40, height: 1)
        grid.put("a\u{7}b\u{1B}[2J\u{9B}\u{202E}c", x: 0, y: 0)
        #expect(grid.lines == [#"a\u{7}b\u{1B}[2J\u{9B}\u{202E}c"#])
        // Never past the width it was given.
        var narrow = Grid(width: 4, height: 1)
        #expect(narrow.put("\u{1B}[2J", x: 0, y: 0) == 4)
        #expect(narrow.lines == [#"\u{1"#])
    }

    @Test func thaiAndEmojiWidths() {
        var grid = Grid(width: 20, height: 1)
        #expect(grid.put("กรุงเทพ", x: 0, y: 0) == 6)
        var emoji = Grid(width: 6, height: 1)
        #expect(emoji.put("🌊a", x: 0, y: 0) == 3)
        #expect(emoji[1, 0].isContinuation)
    }
}

@Suite struct GridFillTests {
    @Test func fillingAcrossAWideCharacterBlanksItWhole() {
        var grid = Grid(width: 6, height: 1)
        grid.put("深圳", x: 0, y: 0)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(grid.line(0) == "      ")
        #expect(!grid[0, 0].isContinuation && grid[0, 0].width == 1)
        #expect(!grid[3, 0].isContinuation && grid[3, 0].width == 1)
    }
}

@Suite struct EmojiSequenceGridTests {
    /// Whatever the cluster, what follows it lands where the drawn form ends,
    /// and a longer row drawn before leaves nothing behind.
    @Test func emojiSequencesNeverShiftTheRow() {
        for (cluster, drawn, width) in [("👩‍👩‍👧", "👩", 2), ("👍🏽", "👍", 2), ("🇧🇷", "🇧🇷", 2), ("1️⃣", "1", 1), ("❤️", "❤", 1)] {
            var grid = Grid(width: 12, height: 1)
            grid.put("abcdefghijkl", x: 0, y: 0)
            grid.put(" ", x: 0, y: 0, maxWidth: 12)
            #expect(grid.put("x\(cluster)|", x: 0, y: 0) == 2 + width, "\(cluster)")
            #expect(grid[1, 0].text == drawn, "\(cluster)")
            #expect(grid[1 + width, 0].text == "|", "\(cluster)")
            for x in 1..<width { #expect(grid[1 + x, 0].isContinuation) }
        }
    }
}
