import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Text that is not UTF-8 is refused where it stands, with a hint, never
/// read with U+FFFD (issue 18, point 3).
@Suite struct TextEncodingTests {
    func csvError(_ bytes: [UInt8]) -> CSVError? {
        do {
            _ = try CSVReader.parse(bytes, file: "t.csv")
            return nil
        } catch let e as CSVError {
            return e
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func latin1IsRefusedAtItsLineAndFieldWithAHint() throws {
        // "Bogotá" saved as Latin-1: á is the single byte 0xE1.
        let bytes = Array("id,name\nbogota,Bogot".utf8) + [0xE1] + Array("\n".utf8)
        let e = try #require(csvError(bytes))
        #expect(e.location == SourceLocation(file: "t.csv", line: 2, column: 2))
        #expect(e.message.contains("byte 0xE1 (á in Latin-1)"))
        #expect(e.message.contains("\"CSV UTF-8\""))
        #expect(e.errorLine.hasPrefix("t.csv:2:2: error: "))
    }

    @Test func aBadByteInAQuotedFieldIsReportedOnItsOwnLine() throws {
        let bytes = Array("a,b\nx,\"one\ntwo ".utf8) + [0xE9] + Array("\"\n".utf8)
        let e = try #require(csvError(bytes))
        #expect(e.location == SourceLocation(file: "t.csv", line: 3, column: 2))
    }

    @Test func utf16IsRefused() throws {
        // As Excel's "Unicode text" writes it: a byte-order mark, then UTF-16LE.
        let withMark: [UInt8] = [0xFF, 0xFE] + Array("id,name\n".utf8).flatMap { [$0, 0] }
        let marked = try #require(csvError(withMark))
        #expect(marked.location == SourceLocation(file: "t.csv", line: 1, column: 1))
        #expect(marked.message.contains("UTF-16"))
        // Without a mark, the first NUL gives it away.
        let unmarked = try #require(csvError(Array("id,name\n".utf8).flatMap { [$0, 0] }))
        #expect(unmarked.location == SourceLocation(file: "t.csv", line: 1, column: 1))
        #expect(unmarked.message.contains("NUL"))
    }

    @Test func nulIsRefused() throws {
        let e = try #require(csvError(Array("a,b\nx,y".utf8) + [0] + Array("z\n".utf8)))
        #expect(e.location == SourceLocation(file: "t.csv", line: 2, column: 2))
    }

    @Test(arguments: [
        [0xC0, 0x80] as [UInt8],   // overlong NUL
        [0xE0, 0x80, 0x80],        // overlong
        [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],              // cut short by the end of the field
        [0x80],                    // a lone continuation byte
    ])
    func malformedSequencesAreRefused(sequence: [UInt8]) throws {
        let e = try #require(csvError(Array("a,b\nx,".utf8) + sequence + Array(",\n".utf8)))
        #expect(e.location.line == 2)
    }

    @Test func everyScriptStillReads() throws {
        let text = "id,name\nchennai,சென்னை\nshenzhen,深圳\nx,🌍 e\u{301}\n"
        #expect(try CSVReader.parse(Array(text.utf8), file: "t.csv").map(\.fields)[1...].map { $0[1] }
            == ["சென்னை", "深圳", "🌍 e\u{301}"])
    }

    /// Against Swift's own decoder: bytes are UTF-8 exactly when decoding
    /// them and encoding again gives them back (U+FFFD replaces the rest).
    @Test func agreesWithSwiftsDecoderOnRandomBytes() {
        var rng = SplitMix64(seed: 18)
        let alphabet: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xC0, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x90, 0x8F]
        for _ in 0..<20_000 {
            let n = Int(rng.next() % 6) + 1
            let bytes = (0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let isUTF8 = Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
            let refused = csvError(Array("a\n".utf8) + bytes + [0x0A]) != nil
            #expect(refused == !isUTF8, "\(bytes.map { String($0, radix: 16) })")
        }
    }

    // MARK: JSON data files

    func jsonError(_ bytes: [UInt8]) -> JSONFileError? {
        do {
            _ = try SessionCodec.readJSON(bytes, file: "s.json")
            return nil
        } catch let e as JSONFileError {
            return e
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func jsonByteOrderMarkIsRead() throws {
        let text = "{\n  \"schemaVersion\": 1,\n  \"sessions\": []\n}\n"
        #expect(try SessionCodec.readJSON([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "s.json") == [])
        // Columns on the first line count characters after the mark.
        let e = try #require(jsonError([0xEF, 0xBB, 0xBF] + Array("{x".utf8)))
        #expect(e.location == SourceLocation(file: "s.json", line: 1, column: 2))
    }

    @Test func jsonInUTF16IsRefused() throws {
        let e = try #require(jsonError([0xFF, 0xFE] + Array("{}".utf8).flatMap { [$0, 0] }))
        #expect(e.location == SourceLocation(file: "s.json", line: 1, column: 1))
        #expect(e.found == "a UTF-16 byte-order mark")
    }

    @Test func jsonStringsMustBeUTF8() throws {
        let head = "{\"schemaVersion\": 1, \"sessions\": [{\"id\": \"s1\", \"date\": \"2026-01-01\", \"pilot\": \"a\", \"peer\": \"b\", \"format\": \"webinar\", \"outcome\": \"caf"
        for tail in [[0xE9] as [UInt8], [0x5C, 0x6E, 0xE9]] {  // on the fast path, and after an escape
            let e = try #require(jsonError(Array(head.utf8) + tail + Array("\"}]}".utf8)))
            #expect(e.found == "byte 0xE9")
            #expect(e.location.column == head.count + 1 + tail.count - 1)
        }
        let nul = try #require(jsonError(Array((head + "\\u0000\"}]}").utf8)))
        #expect(nul.expected.contains("NUL"))
    }
}
