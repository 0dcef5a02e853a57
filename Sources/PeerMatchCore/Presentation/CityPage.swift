/// One city as people read it, shared by `peermatch cities show` and the
/// app (its side pane and its City view): lines of text, each with a role
/// the front end turns into a look. Pure: data in, lines out.
///
/// `.summary` is what the side pane has room for; `.full` adds what the
/// pane lacks: every pairing the city has had (ended ones too), its recent
/// sessions, and the roster's extra columns.
public struct CityPage: Sendable {
    public enum Role: Sendable, Hashable {
        case title, heading, body, muted
    }

    public struct Line: Sendable, Hashable {
        public var text: String
        public var role: Role
        public init(_ text: String, _ role: Role = .body) {
            self.text = text
            self.role = role
        }
    }

    public enum Detail: Sendable, Hashable {
        case summary, full
    }

    /// How many of the latest sessions `.full` lists.
    public static let recentSessionCount = 8

    public let lines: [Line]

    /// - Parameters:
    ///   - pairings: the city's pairings (any status, any order), as indices
    ///     into `data.pairings`; nil looks them up (O(pairings)).
    ///   - sessions: the city's sessions, as indices into `data.sessions`;
    ///     nil looks them up (O(sessions)). Only `.full` needs them.
    public init(city position: Int, in data: ForumData, index: ForumIndex, detail: Detail,
                pairings: [Int]? = nil, sessions: [Int]? = nil) {
        let c = data.cities[position]
        func name(_ id: String) -> String { index.cityPosition[id].map { data.cities[$0].name } ?? id }
        func plural(_ n: Int, _ word: String) -> String { "\(n.grouped) \(word)\(n == 1 ? "" : "s")" }

        var head: [Line] = [
            Line("\(c.name)  (\(c.id))", .title),
            Line([c.country, c.region.isEmpty ? nil : c.region, c.role.rawValue].compactMap { $0 }.joined(separator: " · ")
                 + " · capacity \(index.activeCount(of: c.id).grouped)/\(c.effectiveCapacity.grouped) used"
                 + (detail == .full && c.capacity == nil ? " (role default)" : "")),
            Line("languages  \(c.languages.isEmpty ? "—" : c.languages.joined(separator: ", "))"),
            Line("networks   \(c.networks.isEmpty ? "—" : c.networks.joined(separator: ", "))"),
            Line("interests", .heading),
        ]
        if c.interests.isEmpty { head.append(Line("  none", .muted)) }
        for i in c.interestsByLevel {
            let dots = String(repeating: "●", count: i.level) + String(repeating: "○", count: max(0, 3 - i.level))
            let label = data.forum.area(i.area)?.label ?? i.area
            head.append(Line("  \(dots) \(label) (\(detail == .full ? "\(i.area), " : "")level \(i.level))"))
        }
        let sessionsLine = index.citySessions[c.id].map { Line("sessions   \($0.count.grouped), last on \($0.last)") }
            ?? Line("sessions   none yet", .muted)

        let mine = (pairings ?? data.pairings.indices.filter { data.pairings[$0].pilot == c.id || data.pairings[$0].peer == c.id })
            .map { data.pairings[$0] }
        func pairingLine(_ p: Pairing) -> String {
            let other = p.pilot == c.id ? p.peer : p.pilot
            let when = p.isActive ? "since \(p.start)" : "ended, \(p.start) to \(p.end.map(String.init(describing:)) ?? "?")"
            let sessions = index.sessionCount[p.key] ?? 0
            return "  \(name(other)) — \(when)\(p.cohort.isEmpty ? "" : " [\(p.cohort)]"), \(plural(sessions, "session"))"
        }

        guard detail == .full else {
            var pane = head
            pane.append(Line("pairings", .heading))
            let active = mine.filter(\.isActive)
            if active.isEmpty { pane.append(Line("  none active", .muted)) }
            pane += active.map { Line(pairingLine($0)) }
            pane.append(sessionsLine)
            lines = pane
            return
        }
        var all = head
        all.append(Line("pairings", .heading))
        if mine.isEmpty { all.append(Line("  none yet", .muted)) }
        // Active first, then the most recent; a pair met again is listed per pairing.
        let history = mine.sorted { a, b in a.isActive != b.isActive ? a.isActive : a.start > b.start }
        for p in history {
            all.append(Line(pairingLine(p), p.isActive ? .body : .muted))
            // The pair's learning goal and fit flag, for the active pairing only (they describe it).
            guard p.isActive else { continue }
            if let goal = p.goal, let progress = data.goalProgress(for: p.key) {
                all.append(Line("    goal \(progress): \(goal.text)"))
            }
            if let flag = data.fitFlag(for: p.key) { all.append(Line("    ⚑ \(flag)")) }
        }
        all.append(sessionsLine)
        let held = (sessions ?? data.sessions.indices.filter { data.sessions[$0].pilot == c.id || data.sessions[$0].peer == c.id })
            .map { data.sessions[$0] }
        let recent = held.sorted { a, b in a.date != b.date ? a.date > b.date : a.id > b.id }.prefix(CityPage.recentSessionCount)
        for s in recent {
            let other = s.pilot == c.id ? s.peer : s.pilot
            var text = "  \(s.date)  \(s.format.rawValue) with \(name(other))"
            if let area = s.area { text += ", \(area)" }
            if let rating = s.rating { text += ", rated \(rating)/5" }
            all.append(Line(text))
        }
        if held.count > recent.count { all.append(Line("  … \(plural(held.count - recent.count, "earlier session"))", .muted)) }
        // Forum events (webinars, knowledge forums) the city attended as a guest of another pair.
        let events = data.sessions.filter { $0.cities.contains(c.id) }
        if !events.isEmpty {
            all.append(Line("events attended", .heading))
            for s in events.suffix(CityPage.recentSessionCount).reversed() {
                all.append(Line("  \(s.date)  \(s.format.rawValue) of \(name(s.pilot)) and \(name(s.peer))"))
            }
            if events.count > CityPage.recentSessionCount {
                all.append(Line("  … \(plural(events.count - CityPage.recentSessionCount, "earlier event"))", .muted))
            }
        }
        if !c.extra.isEmpty {
            all.append(Line("more", .heading))
            for (k, v) in c.extra.sorted(by: { $0.key < $1.key }) { all.append(Line("  \(k)  \(v)")) }
        }
        lines = all
    }
}
