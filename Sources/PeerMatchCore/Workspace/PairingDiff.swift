/// What a commit would change in the committed pairings: pairs added, pairs
/// ended, peers whose pilot changes, pins and exclusions set or lifted, and
/// the change in the total score of the active pairings.
/// O(cities × areas + pairings) (one scorer for both sides).
public struct PairingDiff: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var key: PairKey
        public var score: Score
    }

    /// A peer that leaves one pilot and gets another.
    public struct Change: Hashable, Sendable {
        public var from: Entry
        public var to: Entry
    }

    /// New active pairs (not counted in `changed`), sorted.
    public var added: [Entry]
    /// Active pairs that end (not counted in `changed`), sorted.
    public var removed: [Entry]
    /// Sorted by peer.
    public var changed: [Change]
    /// Total score of the active pairings after, minus before.
    public var scoreChange: Score
    public var pinsAdded: [PairKey], pinsRemoved: [PairKey]
    public var exclusionsAdded: [PairKey], exclusionsRemoved: [PairKey]

    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && pinsAdded.isEmpty && pinsRemoved.isEmpty
            && exclusionsAdded.isEmpty && exclusionsRemoved.isEmpty
    }

    public init(before: ForumData, after: ForumData) {
        let scorer = PairScorer(forum: after.forum, cities: after.cities)
        let position = after.cityIndex()
        func entry(_ k: PairKey) -> Entry {
            guard let a = position[k.pilot], let b = position[k.peer] else { return Entry(key: k, score: .zero) }
            // A pair with no shared area (an override) scores nothing, as in MATCHING.md.
            return Entry(key: k, score: Score(micros: scorer.scoreMicros(a, b) ?? 0))
        }
        let old = Set(before.pairings.filter(\.isActive).map(\.key))
        let new = Set(after.pairings.filter(\.isActive).map(\.key))
        var gone = old.subtracting(new).sorted().map(entry)
        var came = new.subtracting(old).sorted().map(entry)
        // A peer in both lists changed pilot: pair them up, first with first.
        var changes: [Change] = []
        let cameByPeer = Dictionary(grouping: came.indices, by: { came[$0].key.peer })
        var used = Set<Int>(), usedGone = Set<Int>()
        for (i, g) in gone.enumerated() {
            guard let j = cameByPeer[g.key.peer]?.first(where: { !used.contains($0) }) else { continue }
            used.insert(j)
            usedGone.insert(i)
            changes.append(Change(from: g, to: came[j]))
        }
        gone = gone.indices.filter { !usedGone.contains($0) }.map { gone[$0] }
        came = came.indices.filter { !used.contains($0) }.map { came[$0] }
        added = came
        removed = gone
        changed = changes.sorted { ($0.from.key.peer, $0.from.key) < ($1.from.key.peer, $1.from.key) }
        let total = { (keys: Set<PairKey>) in keys.reduce(Score.zero) { $0 + entry($1).score } }
        scoreChange = total(new) - total(old)
        pinsAdded = Set(after.pins).subtracting(before.pins).sorted()
        pinsRemoved = Set(before.pins).subtracting(after.pins).sorted()
        exclusionsAdded = Set(after.exclusions).subtracting(before.exclusions).sorted()
        exclusionsRemoved = Set(before.exclusions).subtracting(after.exclusions).sorted()
    }
}
