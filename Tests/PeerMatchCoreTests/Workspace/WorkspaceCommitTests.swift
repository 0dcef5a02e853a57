import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

private func key(_ pilot: String, _ peer: String) -> PairKey { PairKey(pilot: pilot, peer: peer) }

@Suite struct PairingDiffTests {
    /// Random oracle forums, random edits: the diff agrees with sets and sums
    /// recomputed from the two forums with the oracle's own score.
    @Test func agreesWithAnIndependentRecomputation() throws {
        var checked = 0
        for seed in UInt64(1)...200 {
            let data = MatchOracle.instance(seed: seed)
            guard PinCheck.problems(in: data).isEmpty, var w = try? Workspace(data).solved() else { continue }
            var rng = SplitMix64(seed: seed)
            if let p = data.pairings.filter(\.isActive).randomElement(using: &rng) { w = try w.end(p.key).solved() }
            if let p = w.proposals?.pairs.filter({ !$0.pinned }).randomElement(using: &rng) {
                w = try w.reject(PairKey(pilot: p.pilot, peer: p.peer)).solved()
            }
            let after = try w.applied(to: data, on: Day("2026-06-01")!, cohort: "c", includingProposals: true)
            let diff = try w.diff()
            let before = Set(data.pairings.filter(\.isActive).map(\.key))
            let now = Set(after.pairings.filter(\.isActive).map(\.key))
            #expect(Set(diff.added.map(\.key) + diff.changed.map(\.to.key)) == now.subtracting(before))
            #expect(Set(diff.removed.map(\.key) + diff.changed.map(\.from.key)) == before.subtracting(now))
            #expect(diff.changed.allSatisfy { $0.from.key.peer == $0.to.key.peer })
            let byID = Dictionary(uniqueKeysWithValues: data.cities.map { ($0.id, $0) })
            func total(_ keys: Set<PairKey>) -> Int64 {
                keys.reduce(0) { $0 + (MatchOracle.score(byID[$1.pilot]!, byID[$1.peer]!, data.forum) ?? 0) }
            }
            #expect(diff.scoreChange.micros == total(now) - total(before), "seed \(seed)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func namesPinsAndExclusions() throws {
        let w = try Workspace(Fixtures.multilingualForum()).pin(key("pune", "accra")).exclude(key("chennai", "accra"))
        let diff = try w.diff()
        #expect(diff.pinsAdded == [key("pune", "accra")] && diff.exclusionsAdded == [key("chennai", "accra")])
        #expect(diff.added.isEmpty) // proposals are stale: not counted
        #expect(try Workspace(Fixtures.multilingualForum()).diff().isEmpty)
    }
}

@Suite struct PinCheckTests {
    /// `check` lists what `match` refuses: on random forums, the match throws
    /// exactly when PinCheck finds a problem, and its error is among them.
    @Test func agreesWithTheMatch() {
        var failing = 0
        for seed in UInt64(1)...400 {
            let data = MatchOracle.instance(seed: seed)
            let problems = PinCheck.problems(in: data)
            do {
                _ = try MatchProblem(data)
                #expect(problems.isEmpty, "seed \(seed): \(problems)")
            } catch let e as MatchError {
                failing += 1
                #expect(problems.contains(e), "seed \(seed): \(e) not in \(problems)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
        #expect(failing > 10)
    }

    @Test func checkReportsThemInTheMatchsWords() {
        var data = Fixtures.multilingualForum()
        data.pins = [key("chennai", "medellin"), key("chennai", "accra"), key("pune", "accra")]
        let lines = ForumCheck.problems(in: data).map(\.description)
        #expect(lines == [
            "no-shared-area: cannot pin chennai–medellin: the two cities share no interest area",
            "capacity-exceeded: cannot keep every pin of 'accra': capacity 1, 0 active pairings, 2 pins (chennai–accra, pune–accra)",
        ])
    }

    @Test func capacityLeftCountsPins() {
        var data = Fixtures.multilingualForum()
        data.pins = [key("pune", "accra")]
        let index = ForumIndex(data)
        #expect(index.capacityLeft(of: data.cities[index.cityPosition["pune"]!]) == 2)
        #expect(index.capacityLeft(of: data.cities[index.cityPosition["accra"]!]) == 0)
    }
}

@Suite struct WorkspaceCommitTests {
    func folder(_ tmp: TemporaryFolder) throws -> DataFolder {
        let f = try DataFolder.create(at: tmp.file("forum"), forumName: "Test Forum")
        try f.update { $0 = Fixtures.multilingualForum() }
        return f
    }

    @Test func commitWritesWhatTheDiffSaid() throws {
        let tmp = TemporaryFolder()
        let f = try folder(tmp)
        let w = try Workspace(f.load()).exclude(key("chennai", "accra"), note: "met in 2025").end(key("chennai", "surat"), note: "done").solved()
        let diff = try w.diff()
        let written = try w.commit(to: f, cohort: "2026-autumn", on: Day("2026-09-01")!)
        #expect(try f.load() == written)
        #expect(written.exclusionNotes == [key("chennai", "accra"): "met in 2025"])
        let after = PairingDiff(before: w.base, after: written)
        #expect(after.added == diff.added && after.removed == diff.removed && after.scoreChange == diff.scoreChange)
        #expect(written.pairings.contains { $0.key == key("pune", "accra") && $0.cohort == "2026-autumn" && $0.isActive })
        #expect(written.pairings.contains { $0.key == key("chennai", "surat") && $0.end == Day("2026-09-01") && $0.note == "done" })
    }

    @Test func aCommitThatNoLongerHoldsIsRefusedAndWritesNothing() throws {
        let tmp = TemporaryFolder()
        let f = try folder(tmp)
        let w = try Workspace(f.load()).addPair(key("pune", "accra"))
        // Someone else pairs accra (capacity 1) meanwhile.
        try f.update { $0.pairings.append(Pairing(pilot: "chennai", peer: "accra", start: Day("2026-06-01")!)) }
        let before = tmp.snapshot("forum")
        #expect(throws: WorkspaceRefusal.dataChanged(reason: WorkspaceRefusal.capacityFull(pair: key("pune", "accra"), city: "accra", capacity: 1, used: 1).description)) {
            try w.commit(to: f, cohort: "x", on: Day("2026-07-01")!)
        }
        #expect(tmp.snapshot("forum") == before)
        // Stale proposals are never committed.
        let stale = try Workspace(f.load()).solved().exclude(key("pune", "sao-paulo"))
        #expect(throws: WorkspaceRefusal.proposalsStale) { try stale.commit(to: f, cohort: "x", on: Day("2026-07-01")!) }
        #expect(tmp.snapshot("forum") == before)
    }

    @Test func aCommitOnChangedDataThatStillHoldsKeepsTheirChange() throws {
        let tmp = TemporaryFolder()
        let f = try folder(tmp)
        let w = try Workspace(f.load()).pin(key("pune", "accra"))
        try f.update { $0.exclusions.append(key("chennai", "sao-paulo")) }
        let written = try w.commit(to: f, cohort: "", on: Day("2026-07-01")!, includingProposals: false)
        #expect(written.pins == [key("pune", "accra")] && written.exclusions == [key("chennai", "sao-paulo")])
    }

    @Test func requestsAndExclusionNotesRoundTrip() throws {
        let tmp = TemporaryFolder()
        let f = try folder(tmp)
        #expect(!FileIO.exists(f.filePath(.requests))) // appears with the first request
        try f.update { d in
            try d.setRequest(peer: "accra", pilots: ["pune", "chennai"])
            d.exclusions = [key("chennai", "medellin")]
            d.exclusionNotes = [key("chennai", "medellin"): "no, \"really\""]
        }
        let back = try f.load()
        #expect(back.requests == [CityRequest(peer: "accra", pilots: ["pune", "chennai"])])
        #expect(back.exclusionNotes == [key("chennai", "medellin"): "no, \"really\""])
    }
}

@Suite struct PairingLinksImportTests {
    @Test func exportThenImportBringsBackPinsAndExclusions() throws {
        var data = Fixtures.multilingualForum()
        data.pins = [key("pune", "accra")]
        data.exclusions = [key("chennai", "accra"), key("chennai", "sao-paulo")]
        data.exclusionNotes = [key("chennai", "accra"): "met in 2025"]
        let bytes = Exporter.pairings(data, format: .json)
        var target = Fixtures.multilingualForum()
        let links = try JSONImport.pairingLinks(bytes, file: "p.json")
        _ = ForumImport.mergePairings(links.pairings, into: &target)
        let summary = try ForumImport.mergeLinks(links, into: &target, file: "p.json")
        #expect(summary == ForumImport.LinkSummary(pinsAdded: 1, exclusionsAdded: 2))
        #expect(target == data)
        // Importing again adds nothing.
        #expect(try ForumImport.mergeLinks(links, into: &target, file: "p.json") == ForumImport.LinkSummary())
    }

    @Test func aPinTheMatchWouldRefuseIsRefusedInItsWords() throws {
        var links = PairingCodec.Links()
        links.pins = [key("chennai", "medellin")]
        var target = Fixtures.multilingualForum()
        #expect(throws: MatchError.pinNoSharedArea(pin: key("chennai", "medellin"))) {
            try ForumImport.mergeLinks(links, into: &target, file: "p.json")
        }
        links.pins = [key("chennai", "ghost")]
        #expect(throws: ImportError.self) { try ForumImport.mergeLinks(links, into: &target, file: "p.json") }
        #expect(target == Fixtures.multilingualForum())
    }
}
