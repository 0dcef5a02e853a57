/// One inconsistency in a forum, named by the records involved.
public struct CheckProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case danglingID = "dangling-id"
        case wrongRole = "wrong-role"
        case capacityExceeded = "capacity-exceeded"
        case unknownArea = "unknown-area"
        case noSharedArea = "no-shared-area"
        case duplicatePairing = "duplicate-pairing"
        case pinnedAndExcluded = "pinned-and-excluded"
        case pairingDates = "pairing-dates"
        case sessionOutsidePairing = "session-outside-pairing"
        /// A pin `match` cannot keep (its sentence is the match's own).
        case pin = "pin"
        case duplicateID = "duplicate-id"
    }

    public var kind: Kind
    public var message: String

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// Whole-forum consistency checks (`peermatch check`). O(cities + pairings + sessions).
/// Dates: a pairing that ends before it starts, an active pairing with an
/// end date, a session dated outside every pairing of its pair.
public enum ForumCheck {
    public static func problems(in data: ForumData) -> [CheckProblem] {
        var out: [CheckProblem] = []
        let index = data.cityIndex()
        let areas = Set(data.forum.areaIDs)

        func role(_ id: String, _ expected: CityRole, _ context: String) {
            guard let k = index[id] else {
                out.append(.init(kind: .danglingID, message: "\(context) names unknown city '\(id)'"))
                return
            }
            if data.cities[k].role != expected {
                out.append(.init(kind: .wrongRole, message: "\(context) names '\(id)' as \(expected.rawValue), but it is a \(data.cities[k].role.rawValue)"))
            }
        }

        for c in data.cities {
            for i in c.interests where !areas.contains(i.area) {
                out.append(.init(kind: .unknownArea, message: "city '\(c.id)' lists unknown interest area '\(i.area)'"))
            }
        }
        var activeCount: [String: Int] = [:]
        var seenActive = Set<PairKey>()
        for p in data.pairings {
            let context = "pairing \(p.key)"
            role(p.pilot, .pilot, context)
            role(p.peer, .peer, context)
            if let end = p.end, end < p.start {
                out.append(.init(kind: .pairingDates, message: "\(context) ends \(end), before it starts (\(p.start))"))
            }
            if p.isActive, let end = p.end {
                out.append(.init(kind: .pairingDates, message: "active \(context) (started \(p.start)) has an end date \(end); an active pairing has none (or set its status to ended)"))
            }
            guard p.isActive else { continue }
            if !seenActive.insert(p.key).inserted {
                out.append(.init(kind: .duplicatePairing, message: "\(context) is active more than once"))
            }
            activeCount[p.pilot, default: 0] += 1
            activeCount[p.peer, default: 0] += 1
            if let a = index[p.pilot], let b = index[p.peer] {
                let shared = Set(data.cities[a].interests.map(\.area)).intersection(data.cities[b].interests.map(\.area))
                if shared.isEmpty {
                    out.append(.init(kind: .noSharedArea, message: "active \(context): the two cities share no interest area"))
                }
            }
        }
        for c in data.cities {
            let used = activeCount[c.id] ?? 0
            if used > c.effectiveCapacity {
                out.append(.init(kind: .capacityExceeded, message: "city '\(c.id)' has \(used) active pairings but capacity \(c.effectiveCapacity)"))
            }
        }
        // Pins are checked by the rules `match` applies, in its words.
        for problem in PinCheck.problems(in: data) {
            let kind: CheckProblem.Kind = switch problem {
            case .pinUnknownCity: .danglingID
            case .pinWrongRole: .wrongRole
            case .pinNoSharedArea: .noSharedArea
            case .pinExcluded: .pinnedAndExcluded
            case .pinsExceedCapacity: .capacityExceeded
            default: .pin
            }
            out.append(.init(kind: kind, message: problem.description))
        }
        for k in data.exclusions {
            role(k.pilot, .pilot, "exclusion \(k)")
            role(k.peer, .peer, "exclusion \(k)")
        }
        var pairingsOf: [PairKey: [Pairing]] = [:]
        for p in data.pairings { pairingsOf[p.key, default: []].append(p) }
        var sessionIDs = Set<String>()
        for s in data.sessions {
            // Roles are not checked: a session logged with --allow-unpaired may join any two cities.
            for id in s.attendingCities where index[id] == nil {
                out.append(.init(kind: .danglingID, message: "session \(s.id) names unknown city '\(id)'"))
            }
            // Two git branches that each added a session could once both say s000012.
            if !sessionIDs.insert(s.id).inserted {
                out.append(.init(kind: .duplicateID, message: "session id '\(s.id)' is used by more than one session"))
            }
            if let during = pairingsOf[PairKey(pilot: s.pilot, peer: s.peer)], let problem = outside(s.date, of: during) {
                out.append(.init(kind: .sessionOutsidePairing, message: "session \(s.id) of \(s.pilot)–\(s.peer) on \(s.date) is \(problem)"))
            }
            if let a = s.area, !areas.contains(a) {
                out.append(.init(kind: .unknownArea, message: "session \(s.id) names unknown interest area '\(a)'"))
            }
        }
        return out
    }

    /// Nil when `date` falls within one of the pair's pairings (start ... end,
    /// an open end for one without), else how it misses the nearest one.
    /// A pair without any pairing (a session imported with --allow-unpaired)
    /// is not asked.
    static func outside(_ date: Day, of pairings: [Pairing]) -> String? {
        if pairings.contains(where: { date >= $0.start && ($0.end.map { date <= $0 } ?? true) }) { return nil }
        if let first = pairings.map(\.start).min(), date < first {
            return "before its pairing started (\(first))"
        }
        // After the start of some pairing: after the latest end before it.
        let ended = pairings.filter { $0.start <= date }.compactMap(\.end).max()
        return ended.map { "after its pairing ended (\($0))" } ?? "outside its pairings"
    }
}
