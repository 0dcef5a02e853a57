import ArgumentParser
import PeerMatchCore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report what the forum has achieved, as Markdown, HTML or JSON.",
        discussion: """
            Sessions per month, coverage per interest area, pairs by status and cohort, stale pairs, \
            fit checks, learning-goal progress, forum events per city, ratings and overdue follow-ups. \
            --from/--to keep sessions dated in the range and pairings that ran in it; --cohort keeps \
            that cohort's pairings and their pairs' sessions. Stale and overdue are measured at today \
            ($PEERMATCH_TODAY overrides it).
            html: one self-contained page (no script, nothing fetched) with charts and tables. \
            md: pastes into an email or a wiki. json: every row, for scripts. \
            Writes to standard output, or atomically to --out FILE.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case md, html, json }

    @Option(help: ArgumentHelp("First day, YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day, YYYY-MM-DD.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Only this cohort's pairings and sessions.", valueName: "label")) var cohort: String?
    @Option(help: "md, html or json.") var format: OutputFormat
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
    @OptionGroup var data: DataOptions

    func validate() throws {
        let range = try filter()
        if let f = range.from, let t = range.to, t < f { throw ValidationError("--to \(t) is before --from \(f)") }
    }

    func filter() throws -> ReportFilter {
        func day(_ text: String?, _ option: String) throws -> Day? {
            guard let text else { return nil }
            guard let d = Day(text) else { throw ValidationError("\(option) must be a date YYYY-MM-DD, got \"\(text)\"") }
            return d
        }
        return ReportFilter(from: try day(from, "--from"), to: try day(to, "--to"), cohort: cohort)
    }

    func run() throws {
        let forum = try data.folder.load()
        let report = try ReportBuilder.build(forum, filter: try filter(), today: Day.today())
        let bytes: [UInt8] = switch format {
        case .json: ReportJSON.render(report)
        case .md: Array(ReportMarkdown.render(report).utf8)
        case .html: Array(ReportHTML.render(report).utf8)
        }
        if let out { try PlainFile.writeAtomically(bytes, to: out) } else { Console.outRaw(bytes) }
    }
}
