/// A session as the log form and `session log` hold it: text as typed,
/// checked in one place (`problems`) so the CLI and the form agree on every
/// rule and sentence.
public struct SessionDraft: Hashable, Sendable {
    public var date: String
    public var pilot: String
    public var peer: String
    public var format: String
    public var area: String
    public var attendees: String
    public var rating: String
    public var outcome: String
    public var followUp: String
    public var due: String
    public var followUpDone: Bool
    /// Other cities that attended.
    public var cities: [String]
    /// Milestone ids of the pair's goal this session ticks.
    public var milestones: [String]

    public init(date: String = "", pilot: String = "", peer: String = "", format: String = "", area: String = "",
                attendees: String = "", rating: String = "", outcome: String = "", followUp: String = "",
                due: String = "", followUpDone: Bool = false, cities: [String] = [], milestones: [String] = []) {
        self.date = date
        self.pilot = pilot
        self.peer = peer
        self.format = format
        self.area = area
        self.attendees = attendees
        self.rating = rating
        self.outcome = outcome
        self.followUp = followUp
        self.due = due
        self.followUpDone = followUpDone
        self.cities = cities
        self.milestones = milestones
    }

    /// The draft of an existing session, for editing.
    public init(_ s: Session) {
        self.init(date: s.date.description, pilot: s.pilot, peer: s.peer, format: s.format.rawValue, area: s.area ?? "",
                  attendees: s.attendees.map(String.init) ?? "", rating: s.rating.map(String.init) ?? "",
                  outcome: s.outcome, followUp: s.followUp, due: s.followUpDue?.description ?? "",
                  followUpDone: s.followUpDone, cities: s.cities, milestones: s.milestones)
    }

    /// Every problem, in field order; empty when the draft makes a session.
    /// Unless `allowUnpaired`, the pilot must be a pilot, the peer a peer,
    /// and the two must have a pairing (active or ended); with it, any two
    /// different cities will do.
    public func problems(in data: ForumData, allowUnpaired: Bool) -> [SessionFieldError] {
        validated(in: data, allowUnpaired: allowUnpaired, id: "").problems
    }

    /// The session this draft describes, with `id`; throws `SessionError.invalid` listing every problem.
    public func session(id: String, in data: ForumData, allowUnpaired: Bool) throws -> Session {
        let v = validated(in: data, allowUnpaired: allowUnpaired, id: id)
        if let s = v.session, v.problems.isEmpty { return s }
        throw SessionError.invalid(v.problems)
    }

    private func validated(in data: ForumData, allowUnpaired: Bool, id: String) -> (session: Session?, problems: [SessionFieldError]) {
        var problems: [SessionFieldError] = []
        func add(_ field: SessionField, _ problem: SessionFieldError.Problem) { problems.append(.init(field, problem)) }
        let index = data.cityIndex()

        let day = Day(date)
        if date.isEmpty { add(.date, .required) } else if day == nil { add(.date, .badDate(date)) }

        func city(_ field: SessionField, _ id: String, _ role: CityRole) -> Bool {
            if id.isEmpty { add(field, .required); return false }
            guard let k = index[id] else {
                add(field, .unknownCity(id, suggestions: Suggestions.closest(to: id, in: data.cities.lazy.map(\.id))))
                return false
            }
            if !allowUnpaired && data.cities[k].role != role {
                add(field, .wrongRole(id, expected: role, actual: data.cities[k].role))
                return false
            }
            return true
        }
        let pilotKnown = city(.pilot, pilot, .pilot)
        let peerKnown = city(.peer, peer, .peer)
        let citiesKnown = pilotKnown && peerKnown
        let pair = PairKey(pilot: pilot, peer: peer)
        if citiesKnown {
            if pilot == peer {
                add(.peer, .sameCity(peer))
            } else if !allowUnpaired && !data.pairings.contains(where: { $0.key == pair }) {
                add(.peer, .notPaired(pilot: pilot, peer: peer))
            }
            // The rule `check` applies: a pair's sessions fall within one of its pairings.
            let during = data.pairings.filter { $0.key == pair }
            if let day, !during.isEmpty, let reason = ForumCheck.outside(day, of: during) {
                add(.date, .outsidePairing(date, reason: reason))
            }
        }

        let sessionFormat = SessionFormat(rawValue: format)
        if format.isEmpty { add(.format, .required) } else if sessionFormat == nil { add(.format, .badFormat(format)) }
        if !area.isEmpty && data.forum.area(area) == nil { add(.area, .unknownArea(area, known: data.forum.areaIDs)) }
        let attendeeCount = Validation.wholeNumber(attendees)
        if !attendees.isEmpty && attendeeCount == nil { add(.attendees, .badWholeNumber(attendees)) }
        let ratingValue = Int(rating)
        if !rating.isEmpty && !(ratingValue.map(Validation.ratings.contains) ?? false) { add(.rating, .badRating(rating)) }
        let dueDay = Day(due)
        if !due.isEmpty {
            if dueDay == nil { add(.due, .badDate(due)) } else if followUp.isEmpty { add(.due, .dueWithoutFollowUp) }
        }

        var others: [String] = []
        for c in cities where !c.isEmpty && c != pilot && c != peer && !others.contains(c) {
            if index[c] == nil {
                add(.cities, .unknownCity(c, suggestions: Suggestions.closest(to: c, in: data.cities.lazy.map(\.id))))
            } else {
                others.append(c)
            }
        }
        others.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var ticked: [String] = []
        if !milestones.isEmpty && citiesKnown {
            if let goal = data.latestPairing(for: pair)?.goal {
                let known = goal.milestones.map(\.id)
                for m in milestones where !ticked.contains(m) {
                    if known.contains(m) { ticked.append(m) } else { add(.milestones, .unknownMilestone(m, pair: pair, known: known)) }
                }
            } else {
                add(.milestones, .noGoal(pair))
            }
        }

        guard problems.isEmpty, let day, let sessionFormat else { return (nil, problems) }
        return (Session(id: id, date: day, pilot: pilot, peer: peer, format: sessionFormat,
                        area: area.isEmpty ? nil : area, attendees: attendeeCount, rating: ratingValue,
                        outcome: outcome, followUp: followUp, followUpDue: dueDay,
                        followUpDone: followUpDone && !followUp.isEmpty, cities: others, milestones: ticked),
                problems)
    }
}
