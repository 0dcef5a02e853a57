/// How a co-learning session was held.
public enum SessionFormat: String, CaseIterable, Sendable {
    case webinar
    case workshop
    case cityVisit = "city-visit"
    case knowledgeForum = "knowledge-forum"
    case exposureVisit = "exposure-visit"
    case call
}

/// One co-learning session between a pilot and a peer (or, logged with
/// `--allow-unpaired`, any two cities), and what came of it. A forum event
/// (a webinar, a knowledge forum) also lists the other cities that attended.
public struct Session: Hashable, Sendable, Identifiable {
    /// Stable id: `s20260314-k3f9qa` (date and a random or content-derived
    /// suffix, see `SessionID`), or an older sequential `s000042`.
    public var id: String
    public var date: Day
    public var pilot: String
    public var peer: String
    public var format: SessionFormat
    /// Interest area id, if the session had one.
    public var area: String?
    public var attendees: Int?
    /// 1...5
    public var rating: Int?
    public var outcome: String
    public var followUp: String
    public var followUpDue: Day?
    public var followUpDone: Bool
    /// Other cities that attended (forum events), sorted, without the pair.
    public var cities: [String]
    /// Ids of the pairing's learning-goal milestones this session ticked.
    public var milestones: [String]

    public init(
        id: String, date: Day, pilot: String, peer: String, format: SessionFormat,
        area: String? = nil, attendees: Int? = nil, rating: Int? = nil,
        outcome: String = "", followUp: String = "", followUpDue: Day? = nil,
        followUpDone: Bool = false, cities: [String] = [], milestones: [String] = []
    ) {
        self.id = id
        self.date = date
        self.pilot = pilot
        self.peer = peer
        self.format = format
        self.area = area
        self.attendees = attendees
        self.rating = rating
        self.outcome = outcome
        self.followUp = followUp
        self.followUpDue = followUpDue
        self.followUpDone = followUpDone
        self.cities = cities
        self.milestones = milestones
    }

    public var pair: PairKey { PairKey(pilot: pilot, peer: peer) }

    /// The pair and every other city that attended.
    public var attendingCities: [String] { [pilot, peer] + cities }

    /// True when the session asks for a follow-up that is not done yet.
    public var hasOpenFollowUp: Bool { !followUp.isEmpty && !followUpDone }
}
