/// Patching the index for a few changed sessions instead of building it
/// again: each step moves the tail of the text buffer and of each column by
/// one record (a `memmove`), O(sessions) per step but no folding, hashing or
/// allocation per session, which is what a full build pays.
extension SessionIndex {
    /// Applies `change` (from `index.sessions` to `sessions`); the index then
    /// answers as `SessionIndex` built on the new log would. Returns false,
    /// changing nothing, when a new session names a city the index has no code
    /// for (a city added since the build): rebuild then.
    public mutating func apply(_ change: SessionLogChange, giving sessions: [Session]) -> Bool {
        for s in change.inserted where s.attendingCities.contains(where: { cityCode[$0] == nil }) { return false }
        for step in change.steps {
            switch step {
            case .remove(_, let p): remove(at: p)
            case .insert(let s, let p): insert(s, at: p)
            }
        }
        self.sessions = sessions
        return true
    }

    private mutating func remove(at p: Int) {
        let a = starts[p], b = starts[p + 1]
        for byte in text[a..<b] { byteCounts[Int(byte)] -= 1 }
        text.removeSubrange(a..<b)
        starts.remove(at: p)
        for k in p..<starts.count { starts[k] -= b - a }
        pilot.remove(at: p)
        peer.remove(at: p)
        others.remove(at: p)
        day.remove(at: p)
        format.remove(at: p)
        area.remove(at: p)
        rating.remove(at: p)
        openFollowUp.remove(at: p)
    }

    private mutating func insert(_ s: Session, at p: Int) {
        let formatCode = SessionFormat.allCases.firstIndex(of: s.format)!
        var bytes: [UInt8] = []
        Self.appendText(of: s, foldedFormat: SearchFolding.fold(s.format.rawValue), foldedArea: s.area.map(SearchFolding.fold),
                        to: &bytes)
        for byte in bytes { byteCounts[Int(byte)] += 1 }
        let a = starts[p]
        text.insert(contentsOf: bytes, at: a)
        starts.insert(a, at: p)
        for k in (p + 1)..<starts.count { starts[k] += bytes.count }
        pilot.insert(cityCode[s.pilot]!, at: p)
        peer.insert(cityCode[s.peer]!, at: p)
        others.insert(s.cities.map { cityCode[$0]! }, at: p)
        day.insert(Int32(s.date.daysSinceEpoch), at: p)
        format.insert(UInt8(formatCode), at: p)
        area.insert(s.area.map { areaCode[$0] ?? Int16.max } ?? -1, at: p)
        rating.insert(Int8(clamping: s.rating ?? 0), at: p)
        openFollowUp.insert(s.hasOpenFollowUp, at: p)
    }
}

/// Two indexes are equal when they hold the same sessions and would answer
/// every query alike: the same text and columns, the same city (by id and
/// searched text) in each session's place. City codes themselves may differ
/// (a patched index keeps codes of cities no session names any more).
extension SessionIndex: Equatable {
    public static func == (a: SessionIndex, b: SessionIndex) -> Bool {
        guard a.sessions == b.sessions, a.text == b.text, a.starts == b.starts, a.byteCounts == b.byteCounts,
              a.day == b.day, a.format == b.format, a.area == b.area, a.rating == b.rating,
              a.openFollowUp == b.openFollowUp, a.areaCode == b.areaCode else { return false }
        func city(_ x: SessionIndex, _ code: Int32) -> ArraySlice<UInt8> {
            x.cityText[x.cityStarts[Int(code)]..<x.cityStarts[Int(code) + 1]]
        }
        for i in a.sessions.indices {
            guard city(a, a.pilot[i]) == city(b, b.pilot[i]), city(a, a.peer[i]) == city(b, b.peer[i]),
                  a.others[i].count == b.others[i].count,
                  zip(a.others[i], b.others[i]).allSatisfy({ city(a, $0) == city(b, $1) }) else { return false }
        }
        return true
    }
}
