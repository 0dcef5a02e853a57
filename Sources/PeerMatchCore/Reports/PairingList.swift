/// The committed pairings as the Pairs screen and `peermatch pairings list`
/// show them: each with its sessions so far and the days since the last one,
/// filtered by status, cohort and city. O(pairings + sessions).
public struct PairingList: Sendable {
    public struct Row: Hashable, Sendable {
        public var pairing: Pairing
        /// Sessions the pair has held so far.
        public var sessions: Int
        public var lastSession: Day?
        /// Days from the last session (or the start, when none) to `today`.
        public var daysSinceLastSession: Int
    }

    public var rows: [Row]

    /// `city` matches either side; nil filters let everything through.
    public init(_ data: ForumData, status: PairingStatus? = nil, cohort: String? = nil, city: String? = nil, today: Day) {
        var count: [PairKey: Int] = [:], last: [PairKey: Day] = [:]
        for s in data.sessions {
            count[s.pair, default: 0] += 1
            last[s.pair] = max(last[s.pair] ?? s.date, s.date)
        }
        rows = data.pairings.compactMap { p in
            if let status, p.status != status { return nil }
            if let cohort, p.cohort != cohort { return nil }
            if let city, p.pilot != city, p.peer != city { return nil }
            let lastDay = last[p.key]
            return Row(pairing: p, sessions: count[p.key] ?? 0, lastSession: lastDay,
                       daysSinceLastSession: today.daysSinceEpoch - (lastDay ?? p.start).daysSinceEpoch)
        }
    }

    /// `{"pairings": [...]}`, one pairing a line, keys in a fixed order.
    public func json() -> [UInt8] {
        var out = Array("{\n  \"pairings\": [".utf8)
        for (n, r) in rows.enumerated() {
            out += Array((n == 0 ? "\n    " : ",\n    ").utf8)
            out += JSONWriter.oneLine { w in
                let p = r.pairing
                w.beginObject()
                PairingCodec.writeCoreFields(p, into: &w)
                w.field("sessions", r.sessions)
                w.key("lastSession")
                if let l = r.lastSession { w.string(l.description) } else { w.null() }
                w.field("daysSinceLastSession", r.daysSinceLastSession)
                w.endObject()
            }
        }
        out += Array((rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return out
    }

    public func csv() -> [UInt8] {
        var w = CSVWriter()
        w.row(["pilot", "peer", "status", "start", "end", "cohort", "note", "sessions", "last-session", "days-since-last-session"])
        for r in rows {
            let p = r.pairing
            w.row([p.pilot, p.peer, p.status.rawValue, p.start.description, p.end?.description ?? "", p.cohort, p.note,
                   String(r.sessions), r.lastSession?.description ?? "", String(r.daysSinceLastSession)])
        }
        return w.bytes
    }
}
