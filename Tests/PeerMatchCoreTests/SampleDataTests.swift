import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// The sample data folder is what the codecs write: reading it and writing
/// it back gives the same bytes, so a command that changes one record leaves
/// every other line as it was (docs/DATA.md).
@Suite struct SampleDataTests {
    static let folder = Repository.path("data")

    static func readSample() throws -> ForumData {
        func bytes(_ file: DataFile) throws -> [UInt8] {
            try #require(try FileIO.read("\(folder)/\(file.rawValue)"), "data/\(file.rawValue) is missing")
        }
        let forum = try ForumCodec.readJSON(try bytes(.forum), file: "forum.json")
        let links = try PairingCodec.readJSON(try bytes(.pairings), file: "pairings.json")
        return ForumData(
            forum: forum,
            cities: try CityCodec.readJSON(try bytes(.cities), file: "cities.json", knownAreas: Set(forum.areaIDs)),
            pairings: links.pairings, pins: links.pins, exclusions: links.exclusions,
            sessions: try SessionCodec.readJSON(try bytes(.sessions), file: "sessions.json"),
            exclusionNotes: links.exclusionNotes,
            requests: try RequestCodec.readJSON(try bytes(.requests), file: "requests.json"))
    }

    @Test(arguments: DataFile.allCases)
    func readingAndWritingKeepsTheBytes(file: DataFile) throws {
        var data = try Self.readSample()
        data.normalize()
        let written = ForumFileCodec.encode(data, file)
        let path = "\(Self.folder)/\(file.rawValue)"
        if currentEnvironment()["PEERMATCH_WRITE_SAMPLE_DATA"] == "1" {
            try FileIO.writeAtomically(written, to: path, folder: Self.folder, name: file.rawValue)
        }
        let onDisk = try FileIO.read(path)
        #expect(onDisk == written, "data/\(file.rawValue) is not in the written layout; run PEERMATCH_WRITE_SAMPLE_DATA=1 swift test --filter SampleDataTests once")
    }

    @Test func everyRecordArrayHasOneFieldALineAndLeadingCommas() throws {
        // Independent of the writer: the layout docs/DATA.md promises, checked line by line.
        for file in DataFile.allCases where file != .sessions {
            let text = String(decoding: try #require(try FileIO.read("\(Self.folder)/\(file.rawValue)")), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // No line holds two records, and no record's closing line carries the comma.
            #expect(!lines.contains { $0.contains("}, {") || $0.contains("},{") }, "\(file.rawValue)")
            #expect(!lines.contains { $0 == "    }," }, "\(file.rawValue)")
            // Records after the first start with a leading comma.
            let records = lines.filter { $0 == "    {" || $0 == "  , {" }.count
            let closings = lines.filter { $0 == "    }" }.count
            #expect(records == closings && records > 0, "\(file.rawValue)")
        }
    }

    @Test func sessionsAreThreeLinesEachInIDOrder() throws {
        // Independent of the writer: sessions.json's layout as docs/DATA.md describes it.
        let text = String(decoding: try #require(try FileIO.read("\(Self.folder)/sessions.json")), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeFirst() == "{")
        #expect(lines.removeFirst() == "  \"schemaVersion\": 2")
        #expect(lines.removeLast() == "")
        #expect(lines.removeLast() == "}")
        #expect(lines.count % 3 == 0 && lines.count > 0)
        var previous: String?
        for i in stride(from: 0, to: lines.count - 2, by: 3) {
            let (key, fields, close) = (lines[i], lines[i + 1], lines[i + 2])
            #expect(key.hasPrefix(", \"") && key.hasSuffix("\": {"), "line \(i + 3): \(key)")
            let id = String(key.dropFirst(3).dropLast(4))
            #expect(fields.hasPrefix("      \"date\": \"") && fields.hasSuffix(","), "line \(i + 4)")
            #expect(close == "      \"id\": \"\(id)\"}", "line \(i + 5): \(close)")
            if let p = previous { #expect(p.utf8.lexicographicallyPrecedes(id.utf8), "\(id) after \(p): not in id order") }
            previous = id
        }
    }
}
