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
        /// A pin `match` cannot keep (its sentence is the match's own).
        case pin = "pin"
        case duplicateID = "duplicate-id"
    }

    public var kind: Kind
    public var message: String

    public var description: String { "\(kind.rawValue): \(message)" }
}

/// Whole-forum consistency checks (`peermatch check`). O(cities + pairings + sessions).
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
            if let a = s.area, !areas.contains(a) {
                out.append(.init(kind: .unknownArea, message: "session \(s.id) names unknown interest area '\(a)'"))
            }
        }
        return out
    }
}
