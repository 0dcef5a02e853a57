import PeerMatchCore

/// The detail pane of the Sessions screen: the selected pair's timeline
/// (Core's `PairTimeline`): days since the last session, goal progress,
/// fit verdict or flag, then its sessions in date order (the latest that fit).
enum PairTimelinePane {
    static func lines(_ pair: PairKey, _ data: ForumData, today: Day, height: Int) -> [TextBlock.Line] {
        let t = data.timeline(for: pair, today: today)
        let pairing = data.latestPairing(for: pair)
        var head: [TextBlock.Line] = []
        let since = t.daysSinceLast.map { "last \($0 == 0 ? "today" : "\($0) day\($0 == 1 ? "" : "s") ago")" } ?? "no session yet"
        head.append(.init("\(pair.pilot)–\(pair.peer)  ·  \(t.sessions.count) session\(t.sessions.count == 1 ? "" : "s"), \(since)", .emphasis))
        var status: [String] = []
        if let p = pairing { status.append(p.isActive ? "paired since \(p.start)" : "pairing ended") } else { status.append("not paired") }
        if let fit = pairing?.fit { status.append("fit: \(fit.verdict == .good ? "good fit" : "not a fit")\(fit.reason.isEmpty ? "" : " (\(fit.reason))")") }
        head.append(.init(status.joined(separator: "  ·  ")))
        if let flag = t.fitFlag { head.append(.init("⚑ \(flag.description)", .warning)) }
        if let goal = pairing?.goal, let progress = t.progress {
            head.append(.init("goal \(progress) milestones: \(goal.text)"))
        }
        let room = max(0, height - head.count)
        let shown = t.sessions.suffix(room)
        return head + shown.map { s in
            var text = "  \(s.date)  \(s.format.rawValue)"
            if let r = s.rating { text += "  rated \(r)/5" }
            if !s.milestones.isEmpty { text += "  ✓\(s.milestones.joined(separator: ","))" }
            if !s.outcome.isEmpty { text += "  \(s.outcome.split(separator: "\n").first.map(String.init) ?? "")" }
            return .init(text)
        }
    }
}
