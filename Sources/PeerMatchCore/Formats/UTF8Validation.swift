/// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above
/// U+10FFFF. Text that is not UTF-8 is refused where it stands, never read
/// with U+FFFD in place of what the bytes meant.
enum UTF8Validation {
    /// What is wrong at a byte offset.
    enum Problem: Equatable {
        /// A byte that cannot start or continue a UTF-8 character here.
        case invalid(UInt8)
        /// A NUL (0x00), which no text field holds; UTF-16 text is full of them.
        case nul
    }

    /// The length of the valid UTF-8 character starting at `i` (1...4), or nil.
    @inline(__always)
    static func sequenceLength(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        let n: Int, lower: UInt8, upper: UInt8
        switch lead {
        case 0xC2...0xDF: n = 2; lower = 0x80; upper = 0xBF
        case 0xE0: n = 3; lower = 0xA0; upper = 0xBF
        case 0xE1...0xEC, 0xEE...0xEF: n = 3; lower = 0x80; upper = 0xBF
        case 0xED: n = 3; lower = 0x80; upper = 0x9F
        case 0xF0: n = 4; lower = 0x90; upper = 0xBF
        case 0xF1...0xF3: n = 4; lower = 0x80; upper = 0xBF
        case 0xF4: n = 4; lower = 0x80; upper = 0x8F
        default: return nil
        }
        guard i + n <= b.count, (lower...upper).contains(b[i + 1]) else { return nil }
        for k in 2..<n where !(0x80...0xBF).contains(b[i + k]) { return nil }
        return n
    }

    /// The first problem in `b[range]` and its offset, or nil when the bytes
    /// are UTF-8 text without NUL. O(bytes), one comparison a byte for ASCII.
    static func firstProblem(in b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (offset: Int, problem: Problem)? {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if c >= 0x01 && c < 0x80 { i += 1; continue }
            if c == 0 { return (i, .nul) }
            guard let n = sequenceLength(at: i, in: b), i + n <= range.upperBound else { return (i, .invalid(c)) }
            i += n
        }
        return nil
    }

    static func firstProblem(in bytes: [UInt8]) -> (offset: Int, problem: Problem)? {
        bytes.withUnsafeBufferPointer { firstProblem(in: $0, 0..<$0.count) }
    }

    /// A UTF-16 byte-order mark at the start (FF FE or FE FF).
    static func hasUTF16ByteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
    }
}
