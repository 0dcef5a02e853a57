#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// Seeded fuzzing of everything PeerMatch reads (issue 18): the sample CSVs
/// (docs/sample-forum) imported into the sample forum, and the sample data
/// files (data/) loaded, each after one to three random mutations. Every
/// input is imported (or loaded) or refused with an error naming the file
/// and, for a file's own problems, the position; never a crash. A refused
/// import leaves every data file byte for byte as it was; an accepted one
/// writes files that read back and hold no U+FFFD the input did not have.
/// Tests/cli/fuzz_import.sh runs a smaller number through the CLI.
@Suite struct FuzzTests {
    static let cases = 10_000
    static let seed: UInt64 = 18

    enum Input: CaseIterable {
        case citiesCSV, sessionsCSV, pairingsCSV, forumJSON, citiesJSON, pairingsJSON, sessionsJSON

        var sample: String {
            switch self {
            case .citiesCSV: "docs/sample-forum/cities.csv"
            case .sessionsCSV: "docs/sample-forum/sessions.csv"
            case .pairingsCSV: "docs/sample-forum/pairings.csv"
            case .forumJSON: "data/forum.json"
            case .citiesJSON: "data/cities.json"
            case .pairingsJSON: "data/pairings.json"
            case .sessionsJSON: "data/sessions.json"
            }
        }

        var dataFile: DataFile? {
            switch self {
            case .forumJSON: .forum
            case .citiesJSON: .cities
            case .pairingsJSON: .pairings
            case .sessionsJSON: .sessions
            default: nil
            }
        }
    }

    /// U+FFFD, what a lenient decoder puts in place of bytes it cannot read.
    static func holdsReplacementCharacter(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            var i = 0
            while i + 2 < p.count {
                if p[i] == 0xEF && p[i + 1] == 0xBF && p[i + 2] == 0xBD { return true }
                i += 1
            }
            return false
        }
    }

    /// Imports `bytes` as `input` the way `peermatch import` does.
    static func importCSV(_ input: Input, _ bytes: [UInt8], file: String, into folder: DataFolder) throws {
        try folder.update { forum in
            switch input {
            case .citiesCSV:
                _ = try ForumImport.mergeCities(RosterReader.parse(bytes, file: file, forum: forum.forum), into: &forum,
                                                replace: false, file: file)
            case .sessionsCSV:
                _ = ForumImport.mergeSessions(try SessionReader.parse(bytes, file: file, data: forum, allowUnpaired: false),
                                              into: &forum)
            default:
                _ = ForumImport.mergePairings(try PairingReader.parse(bytes, file: file, data: forum), into: &forum)
            }
        }
    }

    @Test func mutatedInputsAreTakenOrRefusedWithAPosition() throws {
        // On a RAM disk when there is one: accepted imports fsync.
        let tmp = TemporaryFolder("peermatch-fuzz", parent: FileIO.isDirectory("/dev/shm") ? "/dev/shm" : "/tmp")
        let dataPath = tmp.file("data")
        mkdir(dataPath, 0o755)
        var original: [String: [UInt8]] = [:]
        for file in DataFile.allCases {
            let bytes = try #require(try FileIO.read(Repository.path("data/\(file.rawValue)")))
            tmp.write("data/\(file.rawValue)", bytes: bytes)
            original[file.rawValue] = bytes
        }
        var samples: [Input: [UInt8]] = [:]
        for input in Input.allCases { samples[input] = try FileIO.read(Repository.path(input.sample)) }
        let folder = DataFolder(path: dataPath)
        func dataFiles() -> [String: [UInt8]] { tmp.snapshot("data").filter { $0.key.hasSuffix(".json") } }
        func restore() { for (name, bytes) in original { tmp.write("data/\(name)", bytes: bytes) } }
        #expect(dataFiles() == original)

        var mutator = ByteMutator(seed: Self.seed)
        var taken = 0, refused = 0, positioned = 0
        for n in 0..<Self.cases {
            // Imports twice as often as loads: they have more to check.
            let input = Input.allCases[n % 10 < 6 ? n % 3 : 3 + n % 10 - 6]
            let bytes = mutator.mutate(samples[input]!)
            let failure = "case \(n) (\(input.sample), seed \(Self.seed))"
            if let dataFile = input.dataFile {
                let path = tmp.write("data/\(dataFile.rawValue)", bytes: bytes)
                do {
                    _ = try folder.load()
                    taken += 1
                } catch let e as any PeerMatchError {
                    refused += 1
                    if e.filePosition?.file == path { positioned += 1 }
                    // A changed forum.json can make another file wrong (an
                    // interest area it no longer has): the error names that one.
                    let named = DataFile.allCases.contains { e.description.contains(folder.filePath($0)) }
                    if !named { Issue.record("\(failure): names no data file: \(e)") }
                } catch {
                    Issue.record("\(failure): not a PeerMatchError: \(error)")
                }
                tmp.write("data/\(dataFile.rawValue)", bytes: original[dataFile.rawValue]!)
                continue
            }
            let file = "fuzz-\(n).csv"
            do {
                try Self.importCSV(input, bytes, file: file, into: folder)
                taken += 1
                // What was written reads back (checked on every fourth, to
                // keep the loop within seconds), and no letter became U+FFFD.
                if taken % 4 == 0 { _ = try folder.load() }
                let written = dataFiles()
                if written != original {
                    if !Self.holdsReplacementCharacter(bytes) {
                        for (name, b) in written where Self.holdsReplacementCharacter(b) {
                            Issue.record("\(failure): \(name) holds U+FFFD")
                        }
                    }
                    restore()
                }
            } catch let e as any PeerMatchError {
                refused += 1
                if e.filePosition?.file == file { positioned += 1 }
                if !e.description.contains(file) { Issue.record("\(failure): does not name the file: \(e)") }
                #expect(dataFiles() == original, "\(failure): a refused import changed the data folder")
            } catch {
                Issue.record("\(failure): not a PeerMatchError: \(error)")
            }
        }
        // Both outcomes happen, or the mutations are too weak (or too strong) to test anything.
        #expect(taken > Self.cases / 20 && refused > Self.cases / 4, "taken \(taken), refused \(refused)")
        #expect(positioned > refused * 9 / 10, "positioned \(positioned) of \(refused)")
    }
}
