import Testing
@testable import PeerMatchCore

@Suite struct CSVReaderTests {
    func parse(_ text: String) throws -> [[String]] {
        try CSVReader.parse(Array(text.utf8), file: "t.csv").map(\.fields)
    }

    @Test func quotingByRFC4180() throws {
        let rows = try parse("a,b,c\n\"Washington, D.C.\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        #expect(rows == [["a", "b", "c"], ["Washington, D.C.", "say \"hi\"", "two\nlines"]])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\r\nsao-paulo,São Paulo\r\n".utf8)
        let rows = try CSVReader.parse(bytes, file: "t.csv")
        #expect(rows.map(\.fields) == [["id", "name"], ["sao-paulo", "São Paulo"]])
        #expect(rows[1].line == 2)
    }

    @Test func emptyFieldsAndNoFinalNewline() throws {
        #expect(try parse("a,,c\n,,\nx,") == [["a", "", "c"], ["", "", ""], ["x", ""]])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let rows = try CSVReader.parse(Array("a\n\nb\n".utf8), file: "t.csv")
        #expect(rows.map(\.line) == [1, 3])
    }

    @Test func linesCountInsideQuotedBreaks() throws {
        let rows = try CSVReader.parse(Array("h1,h2\n\"x\ny\",z\nnext,row\n".utf8), file: "t.csv")
        #expect(rows[2].line == 4)
        #expect(rows[1].fieldLines == [2, 3])
    }

    @Test func unterminatedQuoteNamesWhereItOpened() {
        #expect(throws: CSVError(location: SourceLocation(file: "t.csv", line: 3, column: 2),
                                 message: "quoted field opened here is never closed (end of file)")) {
            try parse("a,b\nc,d\ne,\"never closed\nmore\n")
        }
    }

    @Test func junkAfterClosingQuote() {
        #expect(throws: CSVError.self) { try parse("a\n\"x\"y\n") }
    }

    @Test func writerQuotesOnlyWhenNeeded() throws {
        var w = CSVWriter()
        w.row(["plain", "a,b", "say \"hi\"", "two\nlines", ""])
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n")
        #expect(try parse(text) == [["plain", "a,b", "say \"hi\"", "two\nlines", ""]])
    }
}
