/// Session ids that two coordinators working on separate git branches cannot
/// both hand out: `s` + the session's date + `-` + six base-36 characters
/// (36⁶ ≈ 2.2 × 10⁹ suffixes) from random (or content-derived) bits, e.g.
/// `s20260314-k3f9qa`. Two sessions logged on the same day on two branches
/// share an id with probability about 1 in 2 × 10⁹ (and `check` would say
/// so); within one folder an id already taken is never reused. Older
/// `s000042` ids stay valid.
public enum SessionID {
    static let suffixLength = 6
    private static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// An id for a session on `date` from `bits` (taken modulo 36⁶).
    public static func make(date: Day, bits: UInt64) -> String {
        var suffix = [UInt8](repeating: 0, count: suffixLength)
        var v = bits
        for i in (0..<suffixLength).reversed() {
            suffix[i] = alphabet[Int(v % 36)]
            v /= 36
        }
        let compactDate = date.description.utf8.filter { $0 != UInt8(ascii: "-") }
        return "s" + String(decoding: compactDate, as: UTF8.self) + "-" + String(decoding: suffix, as: UTF8.self)
    }

    /// A fresh random id not in `taken`: what logging a session uses.
    public static func random(date: Day, avoiding taken: Set<String>,
                              using generator: inout some RandomNumberGenerator) -> String {
        while true {
            let id = make(date: date, bits: generator.next())
            if !taken.contains(id) { return id }
        }
    }

    /// An id derived from the session's content, not in `taken`: what import
    /// uses for rows without an id, so importing the same log on two branches
    /// gives the same ids (and git sees the same lines), while different
    /// sessions get different ids.
    public static func derived(from session: Session, avoiding taken: Set<String>) -> String {
        var hash = FNV1a()
        hash.add(session.date.description)
        for field in [session.pilot, session.peer, session.format.rawValue, session.area ?? "",
                      session.attendees.map(String.init) ?? "", session.rating.map(String.init) ?? "",
                      session.outcome, session.followUp, session.followUpDue?.description ?? ""] {
            hash.add(field)
        }
        for c in session.cities { hash.add(c) }
        var salt: UInt64 = 0
        while true {
            var h = hash
            h.add(String(salt))
            let id = make(date: session.date, bits: h.value)
            if !taken.contains(id) { return id }
            salt += 1
        }
    }

    /// 64-bit FNV-1a over fields separated by a byte that text never holds.
    private struct FNV1a {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String) {
            for b in text.utf8 { mix(b) }
            mix(0x1F)
        }

        private mutating func mix(_ b: UInt8) {
            value ^= UInt64(b)
            value = value &* 0x0000_0100_0000_01B3
        }
    }
}
