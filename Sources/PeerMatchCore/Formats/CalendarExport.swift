/// The forum's sessions as an iCalendar file (`peermatch export ics`): a
/// VEVENT per session (an all-day event on its date) and a VTODO per open
/// follow-up. UIDs come from session ids (`<id>@peermatch`,
/// `<id>-follow-up@peermatch`), so importing a re-export into a calendar
/// updates its events instead of adding copies. Same data and `stamp`, same bytes.
public enum CalendarExport {
    /// `pair` keeps only that pair's sessions; `stamp` is the DTSTAMP date (today).
    public static func ics(_ data: ForumData, pair: PairKey? = nil, stamp: Day) -> [UInt8] {
        var names = [String: String](minimumCapacity: data.cities.count)
        for c in data.cities { names[c.id] = c.name }
        func name(_ id: String) -> String { names[id] ?? id }
        let dtstamp = ICalendarWriter.basic(stamp) + "T000000Z"
        let sessions = pair.map { p in data.sessions.filter { $0.pair == p } } ?? data.sessions

        var w = ICalendarWriter()
        w.begin("VCALENDAR")
        w.raw("VERSION", "2.0")
        w.raw("PRODID", "-//PeerMatch//PeerMatch sessions//EN")
        w.raw("CALSCALE", "GREGORIAN")
        w.text("X-WR-CALNAME", data.forum.name)
        for s in sessions {
            let title = "\(label(s.format)): \(name(s.pilot)) – \(name(s.peer))"
            w.begin("VEVENT")
            w.raw("UID", "\(s.id)@peermatch")
            w.raw("DTSTAMP", dtstamp)
            w.date("DTSTART", s.date)
            w.date("DTEND", s.date.adding(days: 1))
            w.text("SUMMARY", title)
            w.text("DESCRIPTION", description(s, name: name, area: data.forum.area(s.area ?? "")?.label))
            w.text("CATEGORIES", s.format.rawValue)
            w.end("VEVENT")
        }
        for s in sessions where s.hasOpenFollowUp {
            w.begin("VTODO")
            w.raw("UID", "\(s.id)-follow-up@peermatch")
            w.raw("DTSTAMP", dtstamp)
            w.text("SUMMARY", s.followUp)
            if let due = s.followUpDue { w.date("DUE", due) }
            w.text("DESCRIPTION", "Follow-up of the \(label(s.format).lowercased()) of \(s.date), \(name(s.pilot)) – \(name(s.peer)) (session \(s.id))")
            w.raw("STATUS", "NEEDS-ACTION")
            w.end("VTODO")
        }
        w.end("VCALENDAR")
        return w.bytes
    }

    private static func label(_ f: SessionFormat) -> String {
        switch f {
        case .webinar: "Webinar"
        case .workshop: "Workshop"
        case .cityVisit: "City visit"
        case .knowledgeForum: "Knowledge forum"
        case .exposureVisit: "Exposure visit"
        case .call: "Call"
        }
    }

    private static func description(_ s: Session, name: (String) -> String, area: String?) -> String {
        var lines: [String] = []
        if let area { lines.append("Area: \(area)") }
        if !s.cities.isEmpty { lines.append("Also attending: \(s.cities.map(name).joined(separator: ", "))") }
        if let a = s.attendees { lines.append("Attendees: \(a)") }
        if let r = s.rating { lines.append("Rating: \(r) of 5") }
        if !s.outcome.isEmpty { lines.append("Outcome: \(s.outcome)") }
        if !s.followUp.isEmpty {
            lines.append("Follow-up: \(s.followUp)" + (s.followUpDue.map { " (due \($0))" } ?? "") + (s.followUpDone ? " [done]" : ""))
        }
        lines.append("Session \(s.id)")
        return lines.joined(separator: "\n")
    }
}
