import CNcursesw
import PeerMatchCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The grid places characters by `DisplayWidth`; the terminal (and ncurses)
/// by the C library's wcwidth. Where they disagree, columns drift. These
/// blocks (the scripts of city names, and emoji) must agree exactly.
@Suite struct TerminalWidthAgreementTests {
    static let blocks: [ClosedRange<UInt32>] = [
        0xA0...0x2FF, 0x300...0x36F, 0x370...0x52F, 0x590...0x6FF, 0x700...0x8FF, 0x900...0xDFF, 0xE00...0xEFF,
        0x1100...0x11FF, 0x1200...0x137F, 0x1E00...0x1FFF, 0x3040...0x30FF, 0x4DC0...0x4FFF, 0xAC00...0xAFFF,
        0xD7B0...0xD7FF, 0x1F1E6...0x1F1FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,
    ]

    @Test func displayWidthAgreesWithTheCLibrary() {
        setlocale(LC_CTYPE, "C.UTF-8")
        var disagreements: [String] = []
        for block in Self.blocks {
            for v in block {
                guard let s = Unicode.Scalar(v), s.properties.generalCategory != .unassigned else { continue }
                let libc = Int(pm_wcwidth(v))
                if libc >= 0 && libc != DisplayWidth.of(s) {
                    disagreements.append("U+\(String(v, radix: 16, uppercase: true)) ours \(DisplayWidth.of(s)) libc \(libc)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).joined(separator: "; "))")
    }

    @Test func fixedDisagreements() {
        // Arabic number sign: a format character terminals draw in one cell.
        #expect(DisplayWidth.of(Unicode.Scalar(0x600)!) == 1)
        // Hangul Jamo Extended-B: conjoining, no cell of their own.
        #expect(DisplayWidth.of(Unicode.Scalar(0xD7B0)!) == 0)
        // Yijing hexagrams are wide.
        #expect(DisplayWidth.of(Unicode.Scalar(0x4DC0)!) == 2)
    }

    /// What the app draws for an emoji sequence (`TerminalGrapheme`) takes
    /// as many cells by the C library's count as by ours: the grid and
    /// ncurses agree on where the rest of the row goes.
    @Test func drawnEmojiSequencesAgreeWithTheCLibrary() {
        setlocale(LC_CTYPE, "C.UTF-8")
        for cluster: Character in ["👩‍👩‍👧", "👨🏽‍💻", "👍🏽", "🇧🇷", "1️⃣", "❤️", "🏳️‍🌈", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"] {
            let libc = TerminalGrapheme.drawn(cluster).unicodeScalars.reduce(0) { $0 + max(0, Int(pm_wcwidth($1.value))) }
            #expect(libc == DisplayWidth.of(cluster), "\(cluster)")
        }
    }
}
