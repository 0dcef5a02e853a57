/// "Did you mean…?" for mistyped ids.
public enum Suggestions {
    /// Up to `limit` candidates closest to `word` by edit distance (at most
    /// about a third of its length), or containing it; closest first, then by id.
    /// O(candidates × length²).
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let w = Array(word.utf8)
        let bound = max(2, w.count / 3)
        var scored: [(Int, String)] = []
        for c in candidates {
            let u = Array(c.utf8)
            if abs(u.count - w.count) > bound && !c.contains(word) { continue }
            let d = c.contains(word) ? 0 : distance(w, u, bound: bound)
            if d <= bound { scored.append((d, c)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) }
        return scored.prefix(limit).map(\.1)
    }

    /// Levenshtein distance, giving up early (returns bound + 1) past `bound`.
    static func distance(_ a: [UInt8], _ b: [UInt8], bound: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
