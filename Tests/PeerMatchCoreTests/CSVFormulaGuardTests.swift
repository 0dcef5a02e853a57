import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct CSVFormulaGuardTests {
    let forum = DataFolderTests().sampleForum()

    @Test func guardedCellsNeverStartAFormulaAndComeBackExactly() {
        // Random strings over an alphabet dense in the characters that matter.
        let alphabet: [String] = ["=", "+", "-", "@", "\t", "\r", "'", "a", " ", "1", "\"", ",", "\n", "é"]
        var rng = SplitMix64(seed: 18)
        for _ in 0..<20_000 {
            let length = Int(rng.next() % 6)
            let cell = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            let written = CSVFormulaGuard.guarded(cell)
            // What a spreadsheet looks at: the first character.
            if let first = written.utf8.first {
                #expect(!"=+-@\t\r".utf8.contains(first), "\(cell.debugDescription) → \(written.debugDescription)")
            }
            #expect(CSVFormulaGuard.unguarded(written) == cell, "\(cell.debugDescription)")
        }
        #expect(CSVFormulaGuard.guarded("=1+1") == "'=1+1")
        #expect(CSVFormulaGuard.guarded("'=1+1") == "''=1+1")
        #expect(CSVFormulaGuard.guarded("'quoted") == "'quoted")
        #expect(CSVFormulaGuard.guarded("a=b") == "a=b")
    }

    @Test func exportGuardsEveryFileTypeAndImportGivesTheValuesBack() throws {
        var data = forum
        data.cities[0].name = "=HYPERLINK(\"http://x\",\"click\")"
        data.cities[0].region = "+region"
        data.cities[0].networks = ["@net", "C40"]
        data.cities[0].extra = ["x-note": "-1", "x-quote": "'=kept"]
        data.sessions[0].outcome = "=cmd|' /C calc'!A0"
        data.sessions[0].followUp = "\tindented"
        data.pairings[0].note = "@SUM(1)"
        data.pairings[0].cohort = "-spring"

        let cities = Exporter.cities(data.cities, format: .csv)
        let sessions = Exporter.sessions(data.sessions, format: .csv)
        let pairings = Exporter.pairings(data, format: .csv)
        for bytes in [cities, sessions, pairings] {
            for record in try CSVReader.parse(bytes, file: "x.csv") {
                for cell in record.fields {
                    if let first = cell.utf8.first { #expect(!"=+-@\t\r".utf8.contains(first), "\(cell)") }
                }
            }
        }
        #expect(try RosterReader.parse(cities, file: "c.csv", forum: data.forum) == data.cities)
        #expect(try SessionReader.parse(sessions, file: "s.csv", data: data, allowUnpaired: false).map(\.session) == data.sessions)
        #expect(try PairingReader.parse(pairings, file: "p.csv", data: data) == data.pairings)

        // --raw writes the cells as they are.
        let raw = Exporter.cities(data.cities, format: .csv, guardsFormulas: false)
        #expect(String(decoding: raw, as: UTF8.self).contains(",\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","))
    }
}
