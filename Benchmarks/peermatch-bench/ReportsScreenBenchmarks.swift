import PeerMatchCore
import PeerMatchTUI

#if canImport(Glibc)
import Glibc
#endif

/// The Reports screen (issue 17: first draw < 300 ms at 13,000 cities and
/// 100,000 sessions), part of `peermatch-bench tui` (`--reports-only` runs
/// just this after the load): from the key that opens the tab to the first
/// frame with figures, the report computed in the background in between.
extension TUIBenchmarks {
    static func reportsScreen(_ model: inout AppModel, _ loop: inout EventLoop<GridTerminal>, runs: Int) {
        func settle() {
            while !loop.jobs.isIdle { if !loop.pump(&model) { usleep(200) } }
            loop.pump(&model)
            loop.draw(model)
        }
        let showCities = InputEvent.key(Keymap.global.binding(for: .showCities)!.keys[0])
        let showReports = InputEvent.key(Keymap.global.binding(for: .showReports)!.keys[0])
        let drill = InputEvent.key(Keymap.reports.binding(for: .drillDown)!.keys[0])
        let back = InputEvent.key(Keymap.reportDrill.binding(for: .back)!.keys[0])
        settle()
        var firstDraw: [Double] = [], keyOnly: [Double] = [], drills: [Double] = [], backs: [Double] = []
        var drilled = ""
        for run in 0..<runs {
            if run > 0 {
                // Read the folder again from Cities: the report is stale and
                // is computed when the tab opens, as the first time.
                loop.step(&model, showCities)
                loop.perform(model.apply([.reload]), &model)
                settle()
            }
            let start = Bench.now()
            loop.step(&model, showReports)
            keyOnly.append(Bench.now() - start)
            // After a reload the old figures stay up as "Report (updating) as of…" until the new ones land.
            while !loop.terminal.frame.line(1).hasPrefix("Report as of") {
                if loop.pump(&model) { loop.draw(model) } else { usleep(200) }
                precondition(Bench.now() - start < 30, "the report never landed")
            }
            firstDraw.append(Bench.now() - start)
            // Valid: the chart's caption names the first month, the header the sessions.
            precondition(loop.terminal.frame.line(1).contains("· \(model.catalog.data.sessions.count.grouped) sessions"),
                         "the report does not count every session: \(loop.terminal.frame.line(1))")
            // Drill down from the first bar (a month of sessions) and back,
            // once the sessions' positions (a second job) have landed too.
            settle()
            drills.append(Bench.time { loop.step(&model, drill) })
            precondition(loop.terminal.frame.line(1).hasPrefix("Sessions in "), "no drill-down")
            drilled = loop.terminal.frame.line(2).trimmingTrailingSpaces
            backs.append(Bench.time { loop.step(&model, back) })
            precondition(loop.terminal.frame.line(1).hasPrefix("Report as of"), "Esc did not come back to the report")
        }
        print("Reports screen: first frame with figures after the key median \(Bench.ms(Bench.median(firstDraw))) ms "
              + "(max \(Bench.ms(firstDraw.max()!))), the key itself median \(Bench.ms(Bench.median(keyOnly))) ms; "
              + "drill-down from a bar (\(drilled)) median \(Bench.ms(Bench.median(drills))) ms, back \(Bench.ms(Bench.median(backs))) ms; "
              + "over \(runs) runs")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
