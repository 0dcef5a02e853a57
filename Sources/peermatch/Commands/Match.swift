import ArgumentParser
import PeerMatchCore

struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose pilot–peer pairs.",
        discussion: """
            optimal (default): the most pairs, then the highest total score; a proven optimum.
            stable: peers propose (the peer-optimal stable matching); every peer must have capacity 1.
            Active pairings are kept and count against capacity; pins are always in the result; \
            excluded pairs never are. --roster matches a CSV roster on its own (default forum settings, \
            no pairings, pins or exclusions). JSON goes to standard output (FORMATS.md).
            --save records every pair of the result as an active pairing starting today, under \
            the data folder's lock; pins it kept stop being pins. See docs/MATCHING-ENGINE.md.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: ArgumentHelp("Match the cities of this roster CSV instead of the data folder.", valueName: "file"))
    var roster: String?
    @Option(help: "optimal or stable.") var algorithm: MatchAlgorithm = .optimal
    @Option(help: "table or json.") var format: OutputFormat = .table
    @Flag(help: "Record the proposed pairs as active pairings in the data folder (with --cohort).") var save = false
    @Option(help: ArgumentHelp("Cohort label for --save, e.g. 2026-spring.", valueName: "label")) var cohort: String?
    @OptionGroup var data: DataOptions

    func validate() throws {
        if roster != nil && data.data != nil { throw ValidationError("give --roster or --data, not both") }
        if save && roster != nil { throw ValidationError("--save records pairs in a data folder; it cannot be used with --roster") }
        if save && (cohort ?? "").isEmpty { throw ValidationError("--save needs --cohort LABEL") }
        if !save && cohort != nil { throw ValidationError("--cohort goes with --save") }
    }

    func run() throws {
        let result: MatchResult
        let forum: ForumData
        if let roster {
            forum = try RosterReader.readForum(file: roster)
            result = try MatchEngine.run(forum, algorithm: algorithm)
        } else if save {
            let today = Day.today()
            let label = cohort ?? ""
            // Match and record under the lock, on the data as it is now.
            (forum, result) = try data.folder.update { (d: inout ForumData) in
                let before = d
                let r = try MatchEngine.run(d, algorithm: algorithm)
                for pair in r.pairs {
                    d.pairings.append(Pairing(pilot: pair.pilot, peer: pair.peer, start: today, cohort: label))
                }
                // A pin now kept as an active pairing has done its job.
                let kept = Set(r.pairs.filter(\.pinned).map { PairKey(pilot: $0.pilot, peer: $0.peer) })
                d.pins.removeAll { kept.contains($0) }
                return (before, r)
            }
        } else {
            forum = try data.folder.load()
            result = try MatchEngine.run(forum, algorithm: algorithm)
        }
        switch format {
        case .json: Console.outRaw(result.json())
        case .table:
            Console.write(MatchTable.render(result, forum: forum), fd: 1)
            if result.pairs.isEmpty {
                Console.error("note: no pair is allowed (no pilot and peer with capacity share an interest area)")
            }
        }
        if save {
            Console.error("saved \(result.pairCount.grouped) pairing\(result.pairCount == 1 ? "" : "s") (cohort \(cohort ?? "")) in \(data.resolvedPath)")
        }
    }
}

extension MatchAlgorithm: ExpressibleByArgument {}

/// The table people read: each pair with its score and shared areas, then a summary.
enum MatchTable {
    static func render(_ result: MatchResult, forum: ForumData) -> String {
        var names: [String: String] = [:]
        for c in forum.cities { names[c.id] = c.name }
        var table = TextTable([
            .init("pilot", maxWidth: 28), .init("peer", maxWidth: 28), .init("score", alignRight: true),
            .init("shared areas", maxWidth: 60), .init("bonuses", maxWidth: 26),
        ], cutsLongCells: Console.stdoutIsTerminal)
        for pair in result.pairs {
            let e = pair.explanation
            var bonuses: [String] = []
            if e.language > .zero { bonuses.append("language \(e.language.signedFormatted)") }
            if e.region > .zero { bonuses.append("region \(e.region.signedFormatted)") }
            table.add([
                (names[pair.pilot] ?? pair.pilot) + (pair.pinned ? " (pinned)" : ""),
                names[pair.peer] ?? pair.peer,
                pair.score.formatted,
                e.shared.map { "\($0.area) \($0.contribution.signedFormatted)" }.joined(separator: ", "),
                bonuses.joined(separator: ", "),
            ])
        }
        var out = table.render()
        out += "\n\(result.algorithm.rawValue): \(result.pairCount.grouped) pair\(result.pairCount == 1 ? "" : "s"), total score \(result.totalScore.formatted)\n"
        out += "unmatched: \(result.unmatchedPilots.count.grouped) pilot\(result.unmatchedPilots.count == 1 ? "" : "s") with capacity left, "
            + "\(result.unmatchedPeers.count.grouped) peer\(result.unmatchedPeers.count == 1 ? "" : "s") without a pilot\n"
        for (label, ids) in [("pilots with capacity left", result.unmatchedPilots), ("peers without a pilot", result.unmatchedPeers)]
        where !ids.isEmpty {
            out += "  \(label): \(ids.prefix(12).joined(separator: ", "))" + (ids.count > 12 ? " … (+\((ids.count - 12).grouped) more)" : "") + "\n"
        }
        out += "\n" + coverage(result, forum: forum).render()
        return out
    }

    /// Per area: pairs sharing it, and how many peers interested in it have a pilot (computed in Core).
    static func coverage(_ result: MatchResult, forum: ForumData) -> TextTable {
        var table = TextTable([
            .init("area", maxWidth: 30), .init("pairs", alignRight: true),
            .init("peers with a pilot", alignRight: true), .init("coverage", alignRight: true),
        ], cutsLongCells: Console.stdoutIsTerminal)
        for a in Coverage(result, data: forum).areas {
            table.add([a.area, a.pairs.grouped, "\(a.coveredPeers.grouped)/\(a.interestedPeers.grouped)", "\(a.percent)%"])
        }
        return table
    }
}
