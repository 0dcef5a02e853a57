import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct ICalendarWriterTests {
    /// Undoes RFC 5545 folding: a CRLF followed by one space or tab goes.
    func unfold(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = [], current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                if i + 2 < bytes.count, bytes[i + 2] == 0x20 { i += 3; continue }
                lines.append(current)
                current = []
                i += 2
                continue
            }
            current.append(bytes[i])
            i += 1
        }
        return lines
    }

    @Test func textIsEscaped() {
        #expect(ICalendarWriter.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarWriter.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
    }

    @Test func longLinesFoldAt75OctetsNeverInsideACharacter() {
        var rng = SplitMix64(seed: 3)
        let pieces = ["a", "é", "深", "𝄞", "சென்னை", ",", ";", "\n", " "]
        for _ in 0..<200 {
            let text = (0..<Int(rng.next() % 120)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            var w = ICalendarWriter()
            w.text("DESCRIPTION", text)
            let bytes = w.bytes
            #expect(bytes.suffix(2) == [0x0D, 0x0A])
            // Every physical line is at most 75 octets and valid UTF-8 on its own.
            var start = 0
            for i in 0..<(bytes.count - 1) where bytes[i] == 0x0D && bytes[i + 1] == 0x0A {
                let line = Array(bytes[start..<i])
                #expect(line.count <= 75)
                #expect(String(validating: line, as: UTF8.self) != nil)
                start = i + 2
            }
            #expect(unfold(bytes) == [Array(("DESCRIPTION:" + ICalendarWriter.escape(text)).utf8)])
        }
    }

    @Test func calendarHasAnEventPerSessionAndATodoPerOpenFollowUp() {
        var data = Fixtures.multilingualForum()
        data.sessions[0].followUp = "Send maps, plans; notes"
        data.sessions[1].followUp = "Done already"
        data.sessions[1].followUpDone = true
        let text = String(decoding: CalendarExport.ics(data, stamp: Day("2026-06-01")!), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 1)
        #expect(lines.contains("UID:s000001@peermatch"))
        #expect(lines.contains("UID:s000001-follow-up@peermatch"))
        #expect(lines.contains(#"SUMMARY:Send maps\, plans\; notes"#))
        #expect(!text.contains("\n\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // One pair only.
        let one = String(decoding: CalendarExport.ics(data, pair: PairKey(pilot: "shenzhen", peer: "sao-paulo"),
                                                      stamp: Day("2026-06-01")!), as: UTF8.self)
        #expect(one.components(separatedBy: "BEGIN:VEVENT").count == 2)
        #expect(one.contains("UID:s000003@peermatch"))
    }
}
