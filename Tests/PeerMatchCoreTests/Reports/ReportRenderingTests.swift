import Foundation
import Testing
import PeerMatchCore
import PeerMatchTestSupport

/// What every rendering must keep: escaping, self-containment, accessible charts.
@Suite struct ReportRenderingTests {
    static let hostile = "<script>alert(\"x\")</script> & 'Ñandú' 深圳\u{0007}\u{009B}|*_`[x](y)#\n2nd line"

    @Test func htmlEscapesEverything() {
        #expect(Self.hostile.htmlEscaped
            == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ñandú&#39; 深圳\u{FFFD}\u{FFFD}|*_`[x](y)# 2nd line")
    }

    @Test func markdownEscapesEverything() {
        #expect(Self.hostile.markdownEscaped
            == "&lt;script>alert(\"x\")&lt;/script> &amp; 'Ñandú' 深圳\u{FFFD}\u{FFFD}\\|\\*\\_\\`\\[x\\](y)\\# 2nd line")
    }

    static func report() throws -> Report {
        var data = Fixtures.activityForum(seed: 4, cities: 200, sessions: 1_500)
        data.forum.name = Self.hostile
        return try ReportBuilder.build(data, today: Day("2026-03-15")!)
    }

    @Test func htmlIsSelfContainedAndAccessible() throws {
        let html = ReportHTML.render(try Self.report())
        #expect(!html.contains("<script"))
        #expect(!html.contains("Ñandú & <co>") && html.contains("Ñandú &amp; &lt;co&gt;"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // Nothing fetched: the only URL is the SVG namespace.
        let urls = html.components(separatedBy: "http").count - 1
        #expect(urls == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
        // Each chart: role=img, labelled by its own title and description, and followed by a table.
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 4)
        for chart in charts {
            let id = chart.components(separatedBy: "aria-labelledby=\"")[1].prefix { $0 != " " }.dropLast(2)
            #expect(chart.contains("role=\"img\""))
            #expect(chart.contains("<title id=\"\(id)-t\">") && chart.contains("<desc id=\"\(id)-d\">"))
            #expect(chart.contains("</svg>\n<div class=\"wrap\"><table>"))
        }
        #expect(html.contains("<th scope=\"col\"") && html.contains("<th scope=\"row\">"))
        #expect(html.contains("@media print") && html.contains("name=\"viewport\""))
        #expect(html.components(separatedBy: "<table>").count == html.components(separatedBy: "</table>").count)
    }

    @Test func markdownTablesHaveOneCellPerColumn() throws {
        let report = try Self.report()
        let md = ReportMarkdown.render(report)
        #expect(md.hasPrefix("# &lt;script>"))
        var columns = 0
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = 0; continue }
            // Unescaped pipes separate cells; an escaped one (\|) is text.
            var cells = 0, escaped = false
            for ch in line { if ch == "|" && !escaped { cells += 1 }; escaped = ch == "\\" && !escaped }
            if columns == 0 { columns = cells }
            #expect(cells == columns, "\(line)")
        }
        #expect(md.components(separatedBy: "\n## ").count - 1 == 9)
    }

    @Test func longTablesAreCutWithANote() throws {
        let report = try Self.report()
        try #require(report.overdueFollowUps.count > Report.rowLimit)
        let html = ReportHTML.render(report)
        #expect(html.contains("… and \((report.overdueFollowUps.count - Report.rowLimit).grouped) more"))
    }
}
