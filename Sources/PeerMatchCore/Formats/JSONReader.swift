/// A pull reader over JSON bytes that decodes straight into model values,
/// with no intermediate tree: loading 100,000 sessions stays well under the
/// time a person notices. Errors say `file:line:column` and what was expected.
///
/// Line and column are worked out only when an error is thrown.
public struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var position = 0
    let file: String

    /// Runs `body` over `data`; the reader must not escape it.
    public static func read<T>(_ data: [UInt8], file: String, _ body: (inout JSONReader) throws -> T) throws -> T {
        try data.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer, file: file)
            if UTF8Validation.hasUTF16ByteOrderMark(buffer) {
                var e = reader.error(expected: "UTF-8 text (save the file as UTF-8)")
                e.found = "a UTF-16 byte-order mark"
                throw e
            }
            // A UTF-8 byte-order mark (some editors add one) is read and skipped.
            if reader.startsWithByteOrderMark { reader.position = 3 }
            let value = try body(&reader)
            reader.skipSpace()
            if reader.position < buffer.count {
                throw reader.error(expected: "end of file after the top-level value")
            }
            return value
        }
    }

    /// The raw key text (between the quotes) of every open object's keys.
    private var keyRanges: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    // MARK: Structure

    /// Reads an object, calling `body` with each key; `body` must read the value.
    public mutating func readObject(_ body: (inout JSONReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "an object ({)")
        skipSpace()
        if peek() == UInt8(ascii: "}") { position += 1; return }
        // The raw text of each key so far: a repeated key is refused, not
        // "last wins" (the first value would be lost on the next write).
        // Kept on one stack for all open objects: no allocation per object.
        let firstKey = keyRanges.count
        defer { keyRanges.removeSubrange(firstKey...) }
        var anyEscaped = false
        while true {
            skipSpace()
            let keyOffset = position
            let key = try readString()
            let raw = (keyOffset + 1)..<(position - 1)
            anyEscaped = anyEscaped || bytes[raw].contains(UInt8(ascii: "\\"))
            for k in firstKey..<keyRanges.count where try sameKey(keyRanges[k], raw, decoding: anyEscaped) {
                var e = error(at: keyOffset, expected: "each key once in an object")
                e.found = "'\(key)' again (first at line \(error(at: keyRanges[k].lowerBound - 1, expected: "").location.line))"
                throw e
            }
            keyRanges.append(raw)
            skipSpace()
            try expect(UInt8(ascii: ":"), "':' after a key")
            try body(&self, key)
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return
            default: throw error(expected: "',' or '}' in an object")
            }
        }
    }

    /// Whether two keys' raw texts name the same key. Compares bytes (first
    /// the lengths), or, when an object has a key written with escapes
    /// (`\u0061` is `a`), the decoded keys.
    private func sameKey(_ a: Range<Int>, _ b: Range<Int>, decoding: Bool) throws -> Bool {
        if decoding {
            var r = self
            r.position = a.lowerBound - 1
            let first = try r.readString()
            r.position = b.lowerBound - 1
            return try first == r.readString()
        }
        return a.count == b.count && bytes[a].elementsEqual(bytes[b])
    }

    /// Reads an array, calling `body` once per element; `body` must read it.
    public mutating func readArray(_ body: (inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["), "an array ([)")
        skipSpace()
        if peek() == UInt8(ascii: "]") { position += 1; return }
        while true {
            try body(&self)
            skipSpace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return
            default: throw error(expected: "',' or ']' in an array")
            }
        }
    }

    // MARK: Scalars

    /// Reads a string and tells whether it is `expected`, without building
    /// it when it has no escapes (sessions.json repeats each key as an `id`).
    public mutating func readString(equalTo expected: String) throws -> Bool {
        skipSpace()
        guard peek() == UInt8(ascii: "\"") else { throw error(expected: "a string") }
        let start = position
        var e = expected.utf8.makeIterator()
        var i = position + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20, bytes[i] < 0x80 {
            guard e.next() == bytes[i] else { break }
            i += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\""), e.next() == nil {
            position = i + 1
            return true
        }
        position = start
        return try readString() == expected
    }

    public mutating func readString() throws -> String {
        skipSpace()
        guard peek() == UInt8(ascii: "\"") else { throw error(expected: "a string") }
        let start = position
        position += 1
        let contentStart = position
        // Fast path: no escapes.
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
                position += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error(expected: "no control characters inside a string (use \\n)") }
            if b >= 0x80 {
                position += try utf8Length()
                continue
            }
            position += 1
        }
        position = start + 1
        var out: [UInt8] = []
        while position < bytes.count {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try readHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count,
                              bytes[position + 1] == UInt8(ascii: "u") else {
                            throw error(expected: "a low surrogate after a high surrogate")
                        }
                        position += 2
                        let low = try readHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error(expected: "a low surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw error(expected: "a valid \\u escape") }
                    if scalar == 0 {
                        position -= 6
                        throw error(expected: "no NUL character (\\u0000) in text")
                    }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    position -= 1
                    throw error(expected: "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                }
            default:
                if b < 0x20 {
                    position -= 1
                    throw error(expected: "no control characters inside a string (use \\n)")
                }
                if b >= 0x80 {
                    position -= 1
                    let n = try utf8Length()
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + n]))
                    position += n
                    continue
                }
                out.append(b)
            }
        }
        position = start
        throw error(expected: "a closing '\"' for the string that starts here")
    }

    /// The length of the UTF-8 character at `position`, or an error naming the byte.
    private func utf8Length() throws -> Int {
        if let n = UTF8Validation.sequenceLength(at: position, in: bytes) { return n }
        var e = error(expected: "UTF-8 text (save the file as UTF-8)")
        e.found = "byte 0x" + String(bytes[position], radix: 16, uppercase: true)
        throw e
    }

    var startsWithByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    private mutating func readHex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw error(expected: "four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw error(expected: "four hex digits")
            }
            v = v << 4 | d
            position += 1
        }
        return v
    }

    /// A whole number (no fraction or exponent).
    public mutating func readInt() throws -> Int {
        skipSpace()
        let start = position
        var negative = false
        if peek() == UInt8(ascii: "-") { negative = true; position += 1 }
        var v = 0
        var digits = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            if digits > 17 { position = start; throw error(expected: "a whole number of at most 18 digits") }
            v = v * 10 + Int(bytes[position] - 0x30)
            position += 1
            digits += 1
        }
        if digits == 0 || (position < bytes.count && [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position])) {
            position = start
            throw error(expected: "a whole number")
        }
        return negative ? -v : v
    }

    public mutating func readDouble() throws -> Double {
        skipSpace()
        let start = position
        while position < bytes.count, isNumberByte(bytes[position]) { position += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard !text.isEmpty, let v = Double(text), v.isFinite else {
            position = start
            throw error(expected: "a number")
        }
        return v
    }

    private func isNumberByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    public mutating func readBool() throws -> Bool {
        skipSpace()
        if match("true") { return true }
        if match("false") { return false }
        throw error(expected: "true or false")
    }

    /// Consumes `null` and returns true, or returns false and consumes nothing.
    public mutating func readNull() -> Bool {
        skipSpace()
        return match("null")
    }

    /// Reads `null` as nil, anything else with `read`.
    public mutating func readOptional<T>(_ read: (inout JSONReader) throws -> T) throws -> T? {
        if readNull() { return nil }
        return try read(&self)
    }

    public mutating func readStringArray() throws -> [String] {
        var out: [String] = []
        try readArray { r in out.append(try r.readString()) }
        return out
    }

    // MARK: Errors

    /// An error at the current position: `file:line:column: expected X, found Y`.
    public func error(expected: String) -> JSONFileError {
        var line = 1
        // The byte-order mark is not a character an editor shows.
        var lineStart = startsWithByteOrderMark && position >= 3 ? 3 : 0
        let end = min(position, bytes.count)
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Column in characters, not bytes, so it matches what an editor shows.
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
        return JSONFileError(location: SourceLocation(file: file, line: line, column: column),
                             expected: expected, found: foundDescription())
    }

    /// An error about the value that starts at `offset` (e.g. a bad role).
    public func error(at offset: Int, expected: String) -> JSONFileError {
        var copy = self
        copy.position = offset
        return copy.error(expected: expected)
    }

    private func foundDescription() -> String {
        guard position < bytes.count else { return "end of file" }
        var end = position
        var count = 0
        while end < bytes.count, count < 20, bytes[end] != 0x0A {
            end += 1
            count += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
        return "'\(text)'"
    }

    // MARK: Low level

    @inline(__always)
    func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// The offset of the next value (after white space), for error reporting.
    public mutating func valueOffset() -> Int {
        skipSpace()
        return position
    }

    @inline(__always)
    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Skips white space, then the byte `b` if it comes next.
    mutating func consume(_ b: UInt8) -> Bool {
        skipSpace()
        guard peek() == b else { return false }
        position += 1
        return true
    }

    mutating func expect(_ b: UInt8, _ what: String) throws {
        skipSpace()
        guard peek() == b else { throw error(expected: what) }
        position += 1
    }

    private mutating func match(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count else { return false }
        let p = word.utf8Start
        for i in 0..<n where bytes[position + i] != p[i] { return false }
        position += n
        return true
    }
}

/// A JSON file that is not what PeerMatch expects, and where.
public struct JSONFileError: PeerMatchError, Equatable {
    public var location: SourceLocation
    public var expected: String
    public var found: String
}
