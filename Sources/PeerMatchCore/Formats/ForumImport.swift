/// How an import changed the forum.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
    }

    public var description: String {
        var s = "\(added) added, \(updated) updated, \(unchanged) unchanged"
        if removed > 0 { s += ", \(removed) removed" }
        return s
    }
}

/// Merges imported records into a forum. Pure: works on `ForumData` values;
/// `DataFolder.update` makes the change durable.
public enum ForumImport {
    /// Merges cities by id. With `replace`, cities absent from `incoming` are
    /// removed, unless a pairing, pin, exclusion or session still names them
    /// (an error listing them; nothing changes).
    public static func mergeCities(_ incoming: [City], into data: inout ForumData, replace: Bool, file: String) throws -> ImportSummary {
        var summary = ImportSummary()
        var byID = data.cityIndex()
        var cities = data.cities
        var keep = replace ? [Bool](repeating: false, count: cities.count) : [Bool](repeating: true, count: cities.count)
        for city in incoming {
            if let i = byID[city.id] {
                keep[i] = true
                if cities[i] == city { summary.unchanged += 1 } else { cities[i] = city; summary.updated += 1 }
            } else {
                byID[city.id] = cities.count
                cities.append(city)
                keep.append(true)
                summary.added += 1
            }
        }
        if replace {
            let removedIDs = Set(zip(cities, keep).filter { !$0.1 }.map(\.0.id))
            if !removedIDs.isEmpty {
                var named = Set<String>()
                for p in data.pairings { named.insert(p.pilot); named.insert(p.peer) }
                for k in data.pins + data.exclusions { named.insert(k.pilot); named.insert(k.peer) }
                for s in data.sessions { named.insert(s.pilot); named.insert(s.peer) }
                let stillNamed = removedIDs.intersection(named).sorted()
                if !stillNamed.isEmpty {
                    throw ImportError(file: file, line: 1, problem: .referencedCities(Array(stillNamed.prefix(5)), total: stillNamed.count))
                }
                summary.removed = removedIDs.count
                cities = zip(cities, keep).filter(\.1).map(\.0)
            }
        }
        data.cities = cities
        data.normalize()
        return summary
    }

    /// Merges sessions: rows with an id update the session with that id (or
    /// add it); rows without one are added with an id derived from their
    /// content (`SessionID.derived`: the same on every git branch, never one
    /// already taken), unless a session equal in every field already exists
    /// (then unchanged), so importing the same log twice adds nothing.
    public static func mergeSessions(_ rows: [SessionRow], into data: inout ForumData) -> ImportSummary {
        var summary = ImportSummary()
        var byID = [String: Int](minimumCapacity: data.sessions.count)
        var content = Set<SessionContent>()
        var taken = Set<String>()
        for (i, s) in data.sessions.enumerated() {
            byID[s.id] = i
            taken.insert(s.id)
            content.insert(SessionContent(s))
        }
        for row in rows where row.hasID { taken.insert(row.session.id) }
        var sessions = data.sessions
        for row in rows {
            if row.hasID {
                if let i = byID[row.session.id] {
                    if sessions[i] == row.session { summary.unchanged += 1 } else { sessions[i] = row.session; summary.updated += 1 }
                } else {
                    byID[row.session.id] = sessions.count
                    sessions.append(row.session)
                    summary.added += 1
                }
            } else {
                let key = SessionContent(row.session)
                if content.contains(key) { summary.unchanged += 1; continue }
                var s = row.session
                s.id = SessionID.derived(from: s, avoiding: taken)
                taken.insert(s.id)
                content.insert(key)
                byID[s.id] = sessions.count
                sessions.append(s)
                summary.added += 1
            }
        }
        data.sessions = sessions
        data.normalize()
        return summary
    }

    /// Merges pairings by (pilot, peer, start).
    public static func mergePairings(_ incoming: [Pairing], into data: inout ForumData) -> ImportSummary {
        var summary = ImportSummary()
        var byKey: [Pairing.Identity: Int] = [:]
        for (i, p) in data.pairings.enumerated() { byKey[p.identity] = i }
        for p in incoming {
            let key = p.identity
            if let i = byKey[key] {
                var p = p
                // The pairings CSV has no fit check or goal: keep what the forum recorded.
                if p.fit == nil && p.goal == nil && !p.fitFlagCleared {
                    p.fit = data.pairings[i].fit
                    p.goal = data.pairings[i].goal
                    p.fitFlagCleared = data.pairings[i].fitFlagCleared
                }
                if data.pairings[i] == p { summary.unchanged += 1 } else { data.pairings[i] = p; summary.updated += 1 }
            } else {
                byKey[key] = data.pairings.count
                data.pairings.append(p)
                summary.added += 1
            }
        }
        data.normalize()
        return summary
    }

}

/// A session's fields other than its id: two rows equal here are one session.
private struct SessionContent: Hashable {
    let date: Day, pilot: String, peer: String, format: SessionFormat, area: String?
    let attendees: Int?, rating: Int?, outcome: String, followUp: String, due: Day?, done: Bool
    let cities: [String], milestones: [String]

    init(_ s: Session) {
        date = s.date; pilot = s.pilot; peer = s.peer; format = s.format; area = s.area
        attendees = s.attendees; rating = s.rating; outcome = s.outcome; followUp = s.followUp
        due = s.followUpDue; done = s.followUpDone
        cities = s.cities; milestones = s.milestones
    }
}
