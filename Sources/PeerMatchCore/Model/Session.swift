/// How a co-learning session was held.
public enum SessionFormat: String, CaseIterable, Sendable {
    case webinar
    case workshop
    case cityVisit = "city-visit"
    case knowledgeForum = "knowledge-forum"
    case exposureVisit = "exposure-visit"
    case call
}

/// One co-learning session between a pilot and a peer, and what came of it.
public struct Session: Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `s000042`; assigned on import when the CSV has none.
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

    public init(
        id: String, date: Day, pilot: String, peer: String, format: SessionFormat,
        area: String? = nil, attendees: Int? = nil, rating: Int? = nil,
        outcome: String = "", followUp: String = "", followUpDue: Day? = nil,
        followUpDone: Bool = false
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
    }

    public var pair: PairKey { PairKey(pilot: pilot, peer: peer) }
}
