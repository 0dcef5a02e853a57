/// `peermatch report --format json`: every figure of a `Report`, for scripts.
/// Keys always in the same order, two-space indent.
public enum ReportJSON {
    public static func render(_ report: Report) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 64 * 1024)
        w.beginObject()
        w.field("forum", report.forumName)
        w.field("today", report.today.description)
        w.key("filter")
        w.inline { w in
            w.beginObject()
            w.key("from"); optional(report.filter.from, &w)
            w.key("to"); optional(report.filter.to, &w)
            w.key("cohort"); if let c = report.filter.cohort { w.string(c) } else { w.null() }
            w.endObject()
        }
        w.field("staleAfterDays", report.staleAfterDays)
        w.field("sessions", report.sessionCount)
        w.field("pairings", report.pairingCount)
        rows("sessionsPerMonth", report.sessionsPerMonth, &w) { m, w in
            w.field("month", m.month.description)
            w.field("sessions", m.count)
        }
        rows("pairsByCohort", report.pairsByCohort, &w) { c, w in
            w.field("cohort", c.cohort)
            w.field("active", c.active.count)
            w.field("ended", c.ended.count)
        }
        rows("stalePairs", report.stalePairs, &w) { s, w in
            w.field("pilot", s.pairing.pilot)
            w.field("peer", s.pairing.peer)
            w.field("cohort", s.pairing.cohort)
            w.field("start", s.pairing.start.description)
            w.key("lastSession"); optional(s.lastSession, &w)
            w.field("daysQuiet", s.daysQuiet)
        }
        w.key("fit")
        w.beginObject()
        for (name, pairs) in [("good", report.fit.good), ("poor", report.fit.poor),
                              ("unchecked", report.fit.unchecked), ("flagged", report.fit.flagged)] {
            w.field(name, pairs.count)
        }
        w.endObject()
        rows("goals", report.goals, &w) { g, w in
            w.field("pilot", g.pair.pilot)
            w.field("peer", g.pair.peer)
            w.field("goal", g.goal)
            w.field("milestonesReached", g.progress.done)
            w.field("milestones", g.progress.total)
        }
        w.field("events", report.eventCount)
        rows("eventsPerCity", report.eventsPerCity, &w) { e, w in
            w.field("city", e.city)
            w.field("events", e.count)
        }
        rows("ratings", report.ratings, &w) { r, w in
            w.field("rating", r.rating)
            w.field("sessions", r.count)
        }
        w.field("unrated", report.unratedSessionIDs.count)
        rows("overdueFollowUps", report.overdueFollowUps, &w) { o, w in
            w.field("session", o.sessionID)
            w.field("date", o.sessionDate.description)
            w.field("pilot", o.pair.pilot)
            w.field("peer", o.pair.peer)
            w.field("due", o.due.description)
            w.field("daysOverdue", o.daysOverdue)
            w.field("followUp", o.followUp)
        }
        rows("coverage", report.coverage, &w) { c, w in
            w.field("area", c.area.id)
            w.field("pilotsOffering", c.pilotsOffering)
            w.field("peersAsking", c.peersAsking)
            w.field("pairsFormed", c.pairsFormed)
            w.field("demandUnmet", c.demandUnmet)
        }
        w.endObject()
        w.finish()
        return w.bytes
    }

    private static func optional(_ day: Day?, _ w: inout JSONWriter) {
        if let day { w.string(day.description) } else { w.null() }
    }

    /// `"name": [ {row}, {row} ]`.
    private static func rows<T>(_ name: String, _ items: [T], _ w: inout JSONWriter, _ body: (T, inout JSONWriter) -> Void) {
        w.key(name)
        w.beginArray()
        for item in items {
            w.beginObject()
            body(item, &w)
            w.endObject()
        }
        w.endArray()
    }
}
