/// How an import changed the forum.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    /// What a forced import broke (empty unless `force`).
    public var broken: [ImportBreak] = []

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, removed: Int = 0, broken: [ImportBreak] = []) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
        self.broken = broken
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
    /// Merges cities by id. A known id updates that city: a field whose
    /// column the file has takes the file's value (an empty cell clears it;
    /// capacity goes back to the role's default), a field whose column it
    /// lacks keeps its value (`columns` nil: the file has every field, as
    /// JSON from export does). With `replace`, cities absent from `incoming`
    /// are removed, unless a pairing, pin, exclusion or session still names
    /// them (an error listing them; nothing changes).
    ///
    /// An update that changes the role of a city that pairings, pins or
    /// exclusions name, or cuts a capacity below the city's active pairings,
    /// is refused (naming the city and the pairs) unless `force`; forced, the
    /// summary lists what it broke.
    public static func mergeCities(_ incoming: [City], columns: [String]? = nil, into data: inout ForumData,
                                   replace: Bool, force: Bool = false, file: String) throws -> ImportSummary {
        var summary = ImportSummary()
        var byID = data.cityIndex()
        var cities = data.cities
        let fields = columns.map(CityFields.init(columns:))
        var keep = replace ? [Bool](repeating: false, count: cities.count) : [Bool](repeating: true, count: cities.count)
        var changed: [Int] = []
        for city in incoming {
            if let i = byID[city.id] {
                keep[i] = true
                let merged = fields.map { cities[i].merging(city, $0) } ?? city
                if cities[i] == merged { summary.unchanged += 1 } else {
                    cities[i] = merged
                    summary.updated += 1
                    changed.append(i)
                }
            } else {
                byID[city.id] = cities.count
                cities.append(city)
                keep.append(true)
                summary.added += 1
            }
        }
        let breaks = self.breaks(changed.map { (data.cities[$0], cities[$0]) }, in: data)
        if !breaks.isEmpty {
            if !force { throw ImportError(file: file, line: 0, problem: .wouldBreak(breaks)) }
            summary.broken = breaks
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

    /// What changing each (old, new) city would break, in city order.
    static func breaks(_ updates: [(old: City, new: City)], in data: ForumData) -> [ImportBreak] {
        guard !updates.isEmpty else { return [] }
        let ids = Set(updates.map(\.old.id))
        var named: [String: Set<PairKey>] = [:]
        var active: [String: [PairKey]] = [:]
        func note(_ k: PairKey, active isActive: Bool) {
            for id in [k.pilot, k.peer] where ids.contains(id) {
                named[id, default: []].insert(k)
                if isActive { active[id, default: []].append(k) }
            }
        }
        for p in data.pairings { note(p.key, active: p.isActive) }
        for k in data.pins + data.exclusions { note(k, active: false) }
        var out: [ImportBreak] = []
        for (old, new) in updates.sorted(by: { $0.old.id.utf8.lexicographicallyPrecedes($1.old.id.utf8) }) {
            if old.role != new.role, let pairs = named[old.id], !pairs.isEmpty {
                out.append(ImportBreak(city: old.id, kind: .roleChanged(from: old.role, to: new.role), pairs: pairs.sorted()))
            }
            let running = active[old.id] ?? []
            // Only a cut this import makes: a city already over capacity is `check`'s to report.
            if new.effectiveCapacity < running.count && new.effectiveCapacity < old.effectiveCapacity {
                out.append(ImportBreak(city: old.id, kind: .capacityBelowActive(capacity: new.effectiveCapacity, active: running.count),
                                       pairs: running.sorted()))
            }
        }
        return out
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
        for s in data.deletedSessions { taken.insert(s.id) }
        var sessions = data.sessions
        for row in rows {
            if row.hasID {
                if let i = byID[row.session.id] {
                    if sessions[i] == row.session { summary.unchanged += 1 } else { sessions[i] = row.session; summary.updated += 1 }
                } else {
                    byID[row.session.id] = sessions.count
                    sessions.append(row.session)
                    summary.added += 1
                    if let d = data.deletedSessions.firstIndex(where: { $0.id == row.session.id }) { data.deletedSessions.remove(at: d) }
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

/// Which of a city's optional fields a roster file has columns for.
struct CityFields {
    let region: Bool, capacity: Bool, languages: Bool, networks: Bool, interests: Bool
    /// The file's `x-` columns: each sets (or, empty, removes) its entry.
    let extra: [String]

    init(columns: [String]) {
        let has = Set(columns)
        region = has.contains("region")
        capacity = has.contains("capacity")
        languages = has.contains("languages")
        networks = has.contains("networks")
        interests = has.contains("interests")
        extra = columns.filter { $0.hasPrefix("x-") }
    }
}

extension City {
    /// This city updated from a roster row: id, name, country and role (the
    /// required columns) and every field whose column the file has come from
    /// `row`; the rest stay.
    func merging(_ row: City, _ fields: CityFields) -> City {
        var c = self
        c.name = row.name
        c.country = row.country
        c.role = row.role
        if fields.region { c.region = row.region }
        if fields.capacity { c.capacity = row.capacity }
        if fields.languages { c.languages = row.languages }
        if fields.networks { c.networks = row.networks }
        if fields.interests { c.interests = row.interests }
        for x in fields.extra { c.extra[x] = row.extra[x] }
        return c
    }
}
