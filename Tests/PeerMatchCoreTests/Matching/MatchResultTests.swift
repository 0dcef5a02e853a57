import Testing
import PeerMatchTestSupport
@testable import PeerMatchCore

/// The match result's shape (FORMATS.md), the edge cases of MATCHING.md,
/// and every error sentence.
@Suite struct MatchResultTests {
    static let forum = Forum(name: "test")

    static func data(_ cities: [City], pairings: [Pairing] = [], pins: [PairKey] = [], exclusions: [PairKey] = []) -> ForumData {
        ForumData(forum: forum, cities: cities, pairings: pairings, pins: pins, exclusions: exclusions)
    }

    static let chennai = Fixtures.city("chennai", .pilot, capacity: 1, region: "South Asia", languages: ["en", "ta"],
                                       ["water-resilience": 3, "flood-management": 3])
    static let accra = Fixtures.city("accra", .peer, region: "West Africa", languages: ["en"],
                                     ["water-resilience": 3, "waste-management": 2])

    @Test func jsonIsExactlyTheDocumentedShape() throws {
        let result = try MatchEngine.run(Self.data([Self.chennai, Self.accra]), algorithm: .optimal)
        #expect(String(decoding: result.json(), as: UTF8.self) == """
            {
              "algorithm": "optimal",
              "pairCount": 1,
              "totalScore": 4.0,
              "pairs": [
                {"pilot": "chennai", "peer": "accra", "score": 4.0, "shared": [{"area": "water-resilience", "contribution": 3.0}], "bonuses": {"language": 1.0, "region": 0.0}}
              ],
              "unmatched": {
                "pilots": [],
                "peers": []
              }
            }

            """)
    }

    @Test func emptyRosterGivesAnEmptyResult() throws {
        for algorithm in MatchAlgorithm.allCases {
            let result = try MatchEngine.run(Self.data([]), algorithm: algorithm)
            #expect(result.pairCount == 0 && result.totalScore == .zero)
            #expect(String(decoding: result.json(), as: UTF8.self) == """
                {
                  "algorithm": "\(algorithm.rawValue)",
                  "pairCount": 0,
                  "totalScore": 0.0,
                  "pairs": [],
                  "unmatched": {
                    "pilots": [],
                    "peers": []
                  }
                }

                """)
        }
    }

    @Test func noAllowedPairLeavesEveryoneUnmatched() throws {
        let data = Self.data([
            Fixtures.city("p1", .pilot, ["heat-islands": 2]),
            Fixtures.city("q1", .peer, ["e-mobility": 1]),
            Fixtures.city("q2", .peer, capacity: 0, ["heat-islands": 1]),
            Fixtures.city("m1", .member, ["heat-islands": 3]),
            Fixtures.city("p0", .pilot, capacity: 0, ["heat-islands": 3]),
        ])
        for algorithm in MatchAlgorithm.allCases {
            let result = try MatchEngine.run(data, algorithm: algorithm)
            #expect(result.pairs.isEmpty)
            // A capacity-0 pilot has no capacity left; a capacity-0 peer has no pilot.
            #expect(result.unmatchedPilots == ["p1"])
            #expect(result.unmatchedPeers == ["q1", "q2"])
            #expect(result.invariantViolations(against: data).isEmpty)
        }
    }

    @Test func activePairingsCountAndPinsAppear() throws {
        let day = Day("2026-03-01")!
        let data = Self.data([
            Fixtures.city("p1", .pilot, capacity: 2, ["heat-islands": 2]),
            Fixtures.city("p2", .pilot, capacity: 1, ["heat-islands": 3]),
            Fixtures.city("q1", .peer, ["heat-islands": 3]),
            Fixtures.city("q2", .peer, ["heat-islands": 3]),
            Fixtures.city("q3", .peer, ["heat-islands": 1]),
        ], pairings: [Pairing(pilot: "p1", peer: "q1", start: day)], pins: [PairKey(pilot: "p1", peer: "q3")])
        let result = try MatchEngine.run(data, algorithm: .optimal)
        // p1 is full (q1 active + q3 pinned); p2 takes q2; q1 keeps its pairing, which is not proposed again.
        #expect(result.pairs.map { "\($0.pilot)-\($0.peer)\($0.pinned ? "*" : "")" } == ["p1-q3*", "p2-q2"])
        #expect(result.unmatchedPilots.isEmpty && result.unmatchedPeers.isEmpty)
        #expect(result.invariantViolations(against: data).isEmpty)
    }

    @Test func errorSentences() {
        let c = Self.chennai, a = Self.accra
        let pin = PairKey(pilot: "chennai", peer: "accra")
        func message(_ d: ForumData, _ algorithm: MatchAlgorithm = .optimal) -> String {
            do {
                _ = try MatchEngine.run(d, algorithm: algorithm)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(message(Self.data([c, a], pins: [PairKey(pilot: "chennai", peer: "acra")]))
                == "cannot pin chennai–acra: no city has id 'acra' (did you mean accra?)")
        #expect(message(Self.data([c, a], pins: [PairKey(pilot: "accra", peer: "chennai")]))
                == "cannot pin accra–chennai: 'accra' is a peer, not a pilot")
        let far = Fixtures.city("accra", .peer, ["e-mobility": 1])
        #expect(message(Self.data([c, far], pins: [pin])) == "cannot pin chennai–accra: the two cities share no interest area")
        #expect(message(Self.data([c, a], pins: [pin], exclusions: [pin]))
                == "cannot pin chennai–accra: the pair is excluded; remove the exclusion or the pin")
        #expect(message(Self.data([c, a], pairings: [Pairing(pilot: "chennai", peer: "accra", start: Day("2026-01-01")!)], pins: [pin]))
                == "cannot pin chennai–accra: the two cities are already actively paired")
        let lima = Fixtures.city("lima", .peer, ["water-resilience": 1])
        #expect(message(Self.data([c, a, lima], pins: [pin, PairKey(pilot: "chennai", peer: "lima")]))
                == "cannot keep every pin of 'chennai': capacity 1, 0 active pairings, 2 pins (chennai–accra, chennai–lima)")
        let big = Fixtures.city("accra", .peer, capacity: 2, ["water-resilience": 1])
        #expect(message(Self.data([c, big]), .stable)
                == "the stable algorithm needs every peer to take at most 1 pilot; 'accra' has capacity 2 (set it to 1, or use --algorithm optimal)")
        #expect(message(Self.data([c, big]), .optimal) == "no error")
    }

    @Test func tiesBreakByIdInStable() throws {
        // Two pilots score the same with q1: q1 proposes to the lower id first.
        let data = Self.data([
            Fixtures.city("pb", .pilot, capacity: 1, ["heat-islands": 2]),
            Fixtures.city("pa", .pilot, capacity: 1, ["heat-islands": 2]),
            Fixtures.city("q1", .peer, ["heat-islands": 2]),
        ])
        let result = try MatchEngine.run(data, algorithm: .stable)
        #expect(result.pairs.map(\.pilot) == ["pa"])
        #expect(result.unmatchedPilots == ["pb"])
    }
}
