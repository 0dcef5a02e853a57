#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Data files are read strictly (issue 18, point 4): a repeated key, a
/// missing schemaVersion and a missing file are errors naming where.
@Suite struct StrictJSONTests {
    @Test func aRepeatedKeyIsRefusedAtItsSecondOccurrence() throws {
        let text = """
            {
              "schemaVersion": 1,
              "cities": [
                {
                  "id": "a",
                  "name": "A",
                  "country": "IN",
                  "role": "pilot",
                  "name": "B"
                }
              ]
            }
            """
        do {
            _ = try CityCodec.readJSON(Array(text.utf8), file: "c.json", knownAreas: [])
            Issue.record("a repeated key was read")
        } catch let e as JSONFileError {
            #expect(e.location == SourceLocation(file: "c.json", line: 9, column: 7))
            #expect(e.found == "'name' again (first at line 6)")
            #expect(e.errorLine == "c.json:9:7: error: expected each key once in an object, found 'name' again (first at line 6)")
        }
    }

    @Test func aRepeatedKeyInAMapIsRefusedToo() throws {
        let text = #"{"schemaVersion": 1, "name": "f", "settings": {"areaWeights": {"heat-islands": 1, "heat-islands": 2}}}"#
        #expect(throws: JSONFileError.self) { try ForumCodec.readJSON(Array(text.utf8), file: "f.json") }
    }

    @Test(arguments: [
        #"{"name": "f"}"#,
        #"{"cities": []}"#,
        #"{"pairings": [], "pins": [], "exclusions": []}"#,
        #"{"sessions": []}"#,
    ])
    func aMissingSchemaVersionIsRefused(text: String) throws {
        let bytes = Array(text.utf8)
        let readers: [() throws -> Void] = [
            { _ = try ForumCodec.readJSON(bytes, file: "x.json") },
            { _ = try CityCodec.readJSON(bytes, file: "x.json", knownAreas: []) },
            { _ = try PairingCodec.readJSON(bytes, file: "x.json") },
            { _ = try SessionCodec.readJSON(bytes, file: "x.json") },
        ]
        // Exactly one reader knows the file's keys; it must still refuse it.
        var versionErrors = 0
        for read in readers {
            do { try read() } catch let e as JSONFileError {
                #expect(e.location == SourceLocation(file: "x.json", line: 1, column: 1) || e.expected.hasPrefix("one of the keys"))
                if e.expected.contains("schemaVersion\" key") { versionErrors += 1 }
            }
        }
        #expect(versionErrors == 1)
    }

    @Test(arguments: [DataFile.cities, .pairings, .sessions])
    func aMissingFileIsAnErrorNamingIt(file: DataFile) throws {
        let tmp = TemporaryFolder()
        let folder = try DataFolder.create(at: tmp.file("f"), forumName: "x")
        let path = folder.filePath(file)
        unlink(path)
        let before = tmp.snapshot("f").filter { $0.key != ".lock" }
        for attempt in [{ _ = try folder.load() }, { try folder.update { $0.forum.name = "y" } }] {
            do {
                try attempt()
                Issue.record("a folder without \(file.rawValue) was read")
            } catch let e as StoreError {
                guard case .missingFile(let named, let empty) = e else { Issue.record("\(e)"); continue }
                #expect(named == path)
                #expect(e.errorLine.hasPrefix("error: \(path) is missing"))
                // The suggested content is a valid empty file of that kind.
                let version = file == .sessions ? SessionCodec.schemaVersion : DataFile.schemaVersion
                #expect(empty.contains("\"schemaVersion\": \(version)"))
            }
        }
        #expect(tmp.snapshot("f").filter { $0.key != ".lock" } == before)
    }

    @Test func errorLinesPutThePositionFirst() {
        let csv = ImportError(file: "roster.csv", line: 14, column: 9, columnName: "interests", problem: .badInterest("x"))
        #expect(csv.errorLine == "roster.csv:14:9: error: interests: expected area:level separated by ';' such as water-resilience:3, got \"x\"")
        #expect(csv.description == "roster.csv:14:9: interests: expected area:level separated by ';' such as water-resilience:3, got \"x\"")
        let record = ImportError(file: "s.json", record: "session s1", problem: .badID("S 1"))
        #expect(record.errorLine.hasPrefix("error: s.json: session s1: expected an id"))
        #expect(StoreError.notAForum(path: "d").errorLine.hasPrefix("error: d is not a PeerMatch data folder"))
    }
}

extension StrictJSONTests {
    @Test func aKeyRepeatedWithAnEscapeIsStillRepeated() throws {
        let text = #"{"schemaVersion": 1, "sessions": [], "s\u0065ssions": []}"#
        #expect(throws: JSONFileError.self) { try SessionCodec.readJSON(Array(text.utf8), file: "s.json") }
        // Nested objects keep their own keys: the same key in two objects is fine.
        let nested = #"{"schemaVersion": 1, "name": "f", "settings": {"areaWeights": {"a": 1}}, "areas": [{"id": "a", "label": "A", "summary": ""}, {"id": "b", "label": "B", "summary": ""}]}"#
        #expect(try ForumCodec.readJSON(Array(nested.utf8), file: "f.json").areaIDs == ["a", "b"])
    }
}
