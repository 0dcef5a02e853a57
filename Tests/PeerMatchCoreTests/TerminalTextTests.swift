import Testing
@testable import PeerMatchCore

@Suite struct TerminalTextTests {
    /// Every scalar a terminal may act on, from the definitions (C0, DEL, C1,
    /// bidi embeddings/overrides U+202A–E and isolates U+2066–9), checked
    /// against the byte scan and the escaping one scalar at a time.
    @Test func everyUnsafeScalarIsEscapedAndNothingElse() {
        let unsafe = Set(Array(0x00...0x1F) + Array(0x7F...0x9F) + Array(0x202A...0x202E) + Array(0x2066...0x2069)).map(UInt32.init)
        let unsafeSet = Set(unsafe)
        var probes = Array(0x00...0x2FF) + Array(0x2000...0x20FF) + [0x200E, 0x200F, 0x061C, 0xFEFF, 0x1F30A]
        probes = probes.filter { Unicode.Scalar(UInt32($0)) != nil }
        for v in probes.map(UInt32.init) {
            let s = String(Character(Unicode.Scalar(v)!))
            let text = "a" + s + "b"
            let escaped = TerminalText.escaped(text)
            if unsafeSet.contains(v) {
                #expect(escaped == "a\\u{\(String(v, radix: 16, uppercase: true))}b", "U+\(String(v, radix: 16))")
            } else {
                #expect(escaped == text, "U+\(String(v, radix: 16)) should stay")
            }
            #expect(TerminalText.isUnsafe(v) == unsafeSet.contains(v))
        }
    }

    @Test func escapedTextHoldsNoControlCharacterAndKeepsNewlinesWhenAsked() {
        let evil = "Bad\u{1B}[2J\u{7}City\r\u{9B}31m\u{202E}txt\u{2066}\nline two"
        let escaped = TerminalText.escaped(evil)
        #expect(escaped == #"Bad\u{1B}[2J\u{7}City\u{D}\u{9B}31m\u{202E}txt\u{2066}\u{A}line two"#)
        #expect(!escaped.unicodeScalars.contains { TerminalText.isUnsafe($0.value) })
        let lines = TerminalText.escaped(evil, keepingNewlines: true)
        #expect(lines.split(separator: "\n").count == 2)
        #expect(lines.unicodeScalars.filter { TerminalText.isUnsafe($0.value) } == ["\n"])
        // Letters of every script pass untouched (the fast path returns them as they are).
        for clean in ["São Paulo", "深圳", "पुणे", "القاهرة", "Đà Nẵng 🌊"] { #expect(TerminalText.escaped(clean) == clean) }
    }

    @Test func tablesEscapeCellsAndAlignOnTheEscapedText() {
        var t = TextTable([.init("name", maxWidth: 100), .init("n")], cutsLongCells: false)
        t.add(["a\u{1B}[2Jb", "1"])
        t.add(["plain", "2"])
        let lines = t.render().split(separator: "\n").map(String.init)
        #expect(lines[2] == #"a\u{1B}[2Jb  1"#)
        // The escaped cell is 11 cells wide: "plain" is padded to 11, then two spaces.
        #expect(lines[3] == "plain" + String(repeating: " ", count: 11 - 5 + 2) + "2")
    }

    @Test func tablesCutOnlyWhenAskedTo() {
        let long = String(repeating: "x", count: 50)
        var cut = TextTable([.init("name", maxWidth: 10)])
        cut.add([long])
        #expect(cut.render().split(separator: "\n")[2] == String(repeating: "x", count: 9) + "…")
        var whole = TextTable([.init("name", maxWidth: 10)], cutsLongCells: false)
        whole.add([long])
        #expect(whole.render().split(separator: "\n")[2] == Substring(long))
    }
}
