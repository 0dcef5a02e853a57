/// Everything a data folder holds, in memory. Records are kept in their
/// canonical order (see `normalize()`), which is also the order on disk.
public struct ForumData: Hashable, Sendable {
    public var forum: Forum
    /// Sorted by id (byte order).
    public var cities: [City]
    /// Sorted by pilot, peer, then start date.
    public var pairings: [Pairing]
    /// Pairs the coordinator wants in every match; sorted.
    public var pins: [PairKey]
    /// Pairs never to propose; sorted.
    public var exclusions: [PairKey]
    /// Why a pair is excluded, for the exclusions that have a note.
    public var exclusionNotes: [PairKey: String]
    /// Officers' wishes: pilots a peer would like, ranked; sorted by peer.
    public var requests: [CityRequest]
    /// Sorted by date, then id.
    public var sessions: [Session]
    /// Deleted sessions, sorted by id (byte order). sessions.json keeps a
    /// deleted session's lines, marked deleted, so a deletion merges in git
    /// like an edit (docs/DATA.md); they are written back as they were read.
    public var deletedSessions: [Session] = []

    public init(
        forum: Forum, cities: [City] = [], pairings: [Pairing] = [], pins: [PairKey] = [],
        exclusions: [PairKey] = [], sessions: [Session] = [], exclusionNotes: [PairKey: String] = [:],
        requests: [CityRequest] = [], deletedSessions: [Session] = []
    ) {
        self.forum = forum
        self.cities = cities
        self.pairings = pairings
        self.pins = pins
        self.exclusions = exclusions
        self.sessions = sessions
        self.exclusionNotes = exclusionNotes
        self.requests = requests
        self.deletedSessions = deletedSessions
        normalize()
    }

    /// Puts every record list in canonical order, so equal content means equal files.
    public mutating func normalize() {
        if !cities.isSorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            cities.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        }
        // Data read back from disk is already in order: check before sorting.
        let pairingOrder = { (a: Pairing, b: Pairing) in (a.key, a.start) < (b.key, b.start) }
        if !pairings.isSorted(by: pairingOrder) { pairings.sort(by: pairingOrder) }
        // Strictly increasing means sorted and without duplicates.
        if !pins.isSorted(by: <=) { pins = Array(Set(pins)).sorted() }
        if !exclusions.isSorted(by: <=) { exclusions = Array(Set(exclusions)).sorted() }
        if !sessionsAreInOrder { sessions.sort(by: Self.sessionOrder) }
        if !deletedSessions.isSorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
            deletedSessions.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        }
        // A note lives only as long as its exclusion, and is never empty.
        if !exclusionNotes.isEmpty {
            let excluded = Set(exclusions)
            exclusionNotes = exclusionNotes.filter { excluded.contains($0.key) && !$0.value.isEmpty }
        }
        requests.removeAll { $0.pilots.isEmpty }
        if !requests.isSorted(by: { $0.peer.utf8.lexicographicallyPrecedes($1.peer.utf8) }) {
            requests.sort { $0.peer.utf8.lexicographicallyPrecedes($1.peer.utf8) }
        }
    }

    static func sessionOrder(_ a: Session, _ b: Session) -> Bool {
        a.date != b.date ? a.date < b.date : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }

    /// Index of cities by id. O(n) to build; keep it while the data does not change.
    public func cityIndex() -> [String: Int] {
        var index = [String: Int](minimumCapacity: cities.count)
        for (i, c) in cities.enumerated() { index[c.id] = i }
        return index
    }
}

extension Sequence {
    func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var it = makeIterator()
        guard var prev = it.next() else { return true }
        while let next = it.next() {
            if areInIncreasingOrder(next, prev) { return false }
            prev = next
        }
        return true
    }
}
