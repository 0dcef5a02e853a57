import Testing
@testable import PeerMatchCore

/// The packed kernel and the 16-bit table give exactly PairScorer's scores.
@Suite struct ScoreKernelTests {
    @Test(arguments: [false, true])
    func kernelAndTableAgreeWithThePairScorer(oddWeights: Bool) throws {
        for seed in UInt64(400_001)...400_300 {
            let data = MatchOracle.instance(seed: seed, .init(pins: false, oddWeights: oddWeights))
            let problem = try MatchProblem(data)
            let kernel = problem.kernel
            for p in problem.pilots {
                for q in problem.peers {
                    let expected = problem.scorer.scoreMicros(Int(p), Int(q))
                    #expect(kernel.scoreMicros(Int(p), Int(q)) == expected, "seed \(seed)")
                    #expect(expected == MatchOracle.score(data.cities[Int(p)], data.cities[Int(q)], data.forum), "seed \(seed)")
                }
            }
            guard let table = ScoreTable(problem: problem, rows: problem.peers, columns: problem.pilots) else {
                #expect(oddWeights, "seed \(seed): the default-like weights always fit a table")
                continue
            }
            for (j, q) in problem.peers.enumerated() {
                for (i, p) in problem.pilots.enumerated() {
                    let v = table.values[j * problem.pilots.count + i]
                    if problem.mayPropose(pilot: Int(p), peer: Int(q)) {
                        #expect(table.micros(v) == problem.scorer.scoreMicros(Int(p), Int(q)), "seed \(seed)")
                    } else {
                        #expect(v == 0, "seed \(seed)")
                    }
                }
            }
        }
    }

    @Test func manyLanguagesFallBackToTheScorer() throws {
        // 70 languages: bit sets need two words.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let languages: [String] = (0..<70).map { (i: Int) -> String in String([letters[i / 26], letters[i % 26]]) }
        var cities: [City] = []
        for (i, l) in languages.enumerated() {
            cities.append(City(id: "c\(100 + i)", name: "C\(i)", country: "IN", role: i % 2 == 0 ? .pilot : .peer,
                               languages: [l, languages[(i + 1) % 70]], interests: [AreaLevel(area: "heat-islands", level: 1 + i % 3)]))
        }
        let data = ForumData(forum: Forum(name: "babel"), cities: cities)
        let problem = try MatchProblem(data)
        for p in problem.pilots {
            for q in problem.peers {
                #expect(problem.kernel.scoreMicros(Int(p), Int(q)) == problem.scorer.scoreMicros(Int(p), Int(q)))
            }
        }
        for algorithm in MatchAlgorithm.allCases {
            let result = try MatchEngine.run(data, algorithm: algorithm)
            #expect(result.invariantViolations(against: data).isEmpty)
        }
    }
}
