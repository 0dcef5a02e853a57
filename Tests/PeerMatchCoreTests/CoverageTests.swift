import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct CoverageTests {
    /// Against a count written straight from the definition, on oracle forums.
    @Test func countsPerAreaAndRegion() throws {
        for seed in UInt64(1)...60 {
            let data = MatchOracle.instance(seed: seed)
            guard let result = try? MatchEngine.run(data, algorithm: .optimal) else { continue }
            let coverage = Coverage(result, data: data)
            let peers = data.cities.filter { $0.role == .peer }
            for area in coverage.areas {
                let interested = peers.filter { c in c.interests.contains { $0.area == area.area } }
                #expect(area.interestedPeers == interested.count)
                #expect(area.coveredPeers == interested.filter { !result.unmatchedPeers.contains($0.id) }.count)
                #expect(area.pairs == result.pairs.filter { p in p.explanation.shared.contains { $0.area == area.area } }.count)
            }
            let listed = Set(coverage.areas.map(\.area))
            for a in data.forum.areaIDs where !listed.contains(a) {
                #expect(!peers.contains { c in c.interests.contains { $0.area == a } })
            }
            #expect(coverage.regions.reduce(0) { $0 + $1.pairs } == result.pairs.count)
            for r in coverage.regions {
                #expect(r.pairs == result.pairs.filter { p in data.cities.first { $0.id == p.peer }!.region == r.region }.count)
            }
        }
    }

    @Test func uncommittedChanges() throws {
        var history = WorkspaceHistory(Workspace(Fixtures.multilingualForum()))
        #expect(!history.hasUncommittedChanges)
        try history.perform(.pin(PairKey(pilot: "pune", peer: "accra")))
        #expect(history.hasUncommittedChanges)
        history.undo()
        #expect(!history.hasUncommittedChanges)
    }
}
