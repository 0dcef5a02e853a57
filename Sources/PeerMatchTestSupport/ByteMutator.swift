/// Seeded mutations of a file's bytes, the kinds of damage real files get:
/// a changed, inserted or lost byte, bytes a spreadsheet or another encoding
/// brings (`"`, `,`, CR, NUL, Latin-1, UTF-16 halves, a byte-order mark), a
/// line repeated, lost or moved, a truncated end. Used by the fuzz tests.
public struct ByteMutator {
    public var rng: SplitMix64

    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    static let pieces: [[UInt8]] = [
        [0x2C], [0x22], [0x0A], [0x0D, 0x0A], [0x0D], [0x00], [0xE9], [0xFF, 0xFE], [0xC3], [0xEF, 0xBB, 0xBF],
        [0x3B], [0x3A], [0x7B], [0x7D], [0x5B], [0x5D], [0x5C], [0x20], [0x2D, 0x31], Array("0".utf8), Array("9".utf8),
        Array("x-".utf8), Array("null".utf8), Array("\"\": ".utf8), Array("99999999999999999999".utf8), Array("é".utf8),
        Array("深".utf8), Array("\\u0000".utf8), Array("\\ud800".utf8), Array("pilot".utf8), Array("peer".utf8),
    ]

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(rng.next() % UInt64(n)) }

    /// The line (with its `\n`) that holds offset `at`. O(line length).
    func line(around at: Int, in b: [UInt8]) -> Range<Int> {
        var start = min(at, b.count)
        while start > 0 && b[start - 1] != 0x0A { start -= 1 }
        var end = min(at, b.count)
        while end < b.count && b[end] != 0x0A { end += 1 }
        return start..<min(b.count, end + 1)
    }

    /// One to three mutations of `bytes`.
    public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + below(3)) { b = mutateOnce(b) }
        return b
    }

    mutating func mutateOnce(_ input: [UInt8]) -> [UInt8] {
        var b = input
        let piece = Self.pieces[below(Self.pieces.count)]
        switch below(9) {
        case 0 where !b.isEmpty: b[below(b.count)] = piece[0]
        case 1: b.insert(contentsOf: piece, at: below(b.count + 1))
        case 2 where !b.isEmpty:
            let at = below(b.count)
            b.removeSubrange(at..<min(b.count, at + 1 + below(8)))
        case 3 where !b.isEmpty: b.removeSubrange(below(b.count)...)
        case 4 where !b.isEmpty, 5 where !b.isEmpty, 6 where !b.isEmpty:
            let picked = line(around: below(b.count), in: b)
            switch below(3) {
            case 0: b.insert(contentsOf: b[picked], at: line(around: below(b.count), in: b).lowerBound)   // repeated
            case 1: b.removeSubrange(picked)                                                          // lost
            default:                                                                                // moved
                let moved = Array(b[picked])
                b.removeSubrange(picked)
                b.insert(contentsOf: moved, at: line(around: below(b.count), in: b).lowerBound)
            }
        case 7 where !b.isEmpty:
            // A byte turned into another ASCII one (a typo).
            b[below(b.count)] = UInt8(0x20 + below(0x5F))
        default:
            b.insert(contentsOf: piece, at: below(b.count + 1))
        }
        return b
    }
}
