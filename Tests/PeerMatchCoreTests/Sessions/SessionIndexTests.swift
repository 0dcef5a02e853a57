import Foundation
import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

/// The byte-buffer search against a plain per-session string search.
@Suite struct SessionIndexTests {
    static let words = ["Flood maps", "São Paulo tender", "heat; alerts", "Medellín cable car", "深圳 buses", "Reykjavík", "drain, culvert",
                        "ÉCOLE", "straße", "water\nbalance", ""]

    func randomForum(seed: UInt64, count: Int) -> ForumData {
        var rng = SplitMix64(seed: seed)
        var data = Fixtures.multilingualForum()
        let ids = data.cities.map(\.id)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        data.sessions = (0..<count).map { n in
            Session(id: "r\(n)", date: Day("2026-01-01")!.adding(days: Int(rng.next() % 300)), pilot: pick(ids), peer: pick(ids),
                    format: pick(SessionFormat.allCases), area: rng.next() % 3 == 0 ? nil : pick(data.forum.areaIDs),
                    rating: rng.next() % 3 == 0 ? nil : Int(rng.next() % 5) + 1, outcome: pick(Self.words), followUp: pick(Self.words),
                    followUpDone: rng.next() % 2 == 0, cities: rng.next() % 4 == 0 ? [pick(ids)] : [])
        }
        data.normalize()
        return data
    }

    /// What a search should find, written without the index: fold each field and look.
    func naive(_ data: ForumData, _ f: SessionFilter) -> [String] {
        let q = SearchFolding.fold(f.search)
        let names = Dictionary(uniqueKeysWithValues: data.cities.map { ($0.id, $0.name) })
        return data.sessions.filter { s in
            guard f.matchesFields(s) else { return false }
            if q.isEmpty { return true }
            var fields = [s.id, s.format.rawValue, s.area ?? "", s.outcome, s.followUp]
            for c in s.attendingCities { fields += [c, names[c] ?? ""] }
            return fields.contains { SearchFolding.fold($0).contains(q) }
        }.map(\.id)
    }

    @Test func searchAndFiltersAgreeWithAPlainScan() {
        let data = randomForum(seed: 9, count: 600)
        let index = SessionIndex(data)
        let queries = ["", "flood", "SAO", "medellin", "深圳", "reykjavik", "; alerts", "drain,", "ecole", "strasse", "r1", "chennai",
                       "Pune", "webinar", "climate-governance", "zzz", "e", "water\nbal"]
        var rng = SplitMix64(seed: 11)
        for q in queries {
            for _ in 0..<6 {
                var f = SessionFilter(search: q)
                if rng.next() % 2 == 0 { f.city = data.cities[Int(rng.next() % UInt64(data.cities.count))].id }
                if rng.next() % 3 == 0 { f.format = SessionFormat.allCases[Int(rng.next() % 6)] }
                if rng.next() % 3 == 0 { f.from = Day("2026-03-01") }
                if rng.next() % 3 == 0 { f.to = Day("2026-08-01") }
                if rng.next() % 3 == 0 { f.ratings = 1...2 }
                if rng.next() % 4 == 0 { f.openFollowUpsOnly = true }
                if rng.next() % 5 == 0 { f.pair = PairKey(pilot: "chennai", peer: "surat") }
                let got = index.matching(f).map { index.sessions[$0].id }
                #expect(got == naive(data, f), "filter \(f)")
            }
        }
        #expect(!index.matching(SessionFilter(search: "medellin")).isEmpty)
    }
}

extension SessionIndexTests {
    /// Typing, deleting and changing filters through `SessionSearch` gives
    /// what a fresh query and the plain scan give, at every keystroke.
    @Test func typingNarrowsWithoutMissingAnything() {
        let data = randomForum(seed: 13, count: 500)
        let index = SessionIndex(data)
        var search = SessionSearch()
        var filter = SessionFilter()
        let steps: [(inout SessionFilter) -> Void] = [
            { $0.search = "m" }, { $0.search = "me" }, { $0.search = "med" }, { $0.search = "mede" }, { $0.search = "me" },
            { $0.format = .webinar }, { $0.search = "med" }, { $0.format = nil }, { $0.search = "s" }, { $0.search = "sa" },
            { $0.search = "sao" }, { $0.city = "chennai" }, { $0.search = "sao p" }, { $0.search = "" }, { $0.search = "e" },
            { $0.search = "ec" }, { $0.search = "eco" }, { $0.search = "ecole" },
        ]
        for step in steps {
            step(&filter)
            let got = search.matching(filter, in: index).map { index.sessions[$0].id }
            #expect(got == naive(data, filter), "filter \(filter)")
        }
    }
}
