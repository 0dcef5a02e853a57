/// Writes RFC 5545 content lines: CRLF line ends, TEXT values escaped
/// (`\\`, `\;`, `\,`, `\n`), and lines longer than 75 octets folded (CRLF
/// and a space), never inside a UTF-8 sequence.
public struct ICalendarWriter {
    public private(set) var bytes: [UInt8] = []
    /// RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets".
    public static let maxLineOctets = 75

    public init() {}

    /// `NAME:VALUE` with VALUE escaped as TEXT.
    public mutating func text(_ name: String, _ value: String) {
        line(name + ":" + Self.escape(value))
    }

    /// `NAME:VALUE` with VALUE written as is (dates, ids, enumerated values).
    public mutating func raw(_ name: String, _ value: String) { line(name + ":" + value) }

    /// `NAME;VALUE=DATE:YYYYMMDD`.
    public mutating func date(_ name: String, _ day: Day) { line(name + ";VALUE=DATE:" + Self.basic(day)) }

    public mutating func begin(_ component: String) { line("BEGIN:" + component) }
    public mutating func end(_ component: String) { line("END:" + component) }

    /// `2026-03-14` → `20260314`.
    public static func basic(_ day: Day) -> String { day.description.filter { $0 != "-" } }

    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var lastWasCR = false
        for ch in value.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            default: out.unicodeScalars.append(ch)
            }
            lastWasCR = ch == "\r"
        }
        return out
    }

    /// Appends one content line, folded.
    private mutating func line(_ content: String) {
        let utf8 = Array(content.utf8)
        var lineOctets = 0
        for (i, b) in utf8.enumerated() {
            // A continuation byte (10xxxxxx) never starts a folded line.
            let startsCharacter = b & 0xC0 != 0x80
            if startsCharacter && lineOctets + Self.sequenceLength(utf8, at: i) > Self.maxLineOctets {
                bytes.append(contentsOf: [0x0D, 0x0A, 0x20])
                lineOctets = 1
            }
            bytes.append(b)
            lineOctets += 1
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// Octets of the UTF-8 sequence starting at `i`.
    private static func sequenceLength(_ utf8: [UInt8], at i: Int) -> Int {
        var n = 1
        while i + n < utf8.count && utf8[i + n] & 0xC0 == 0x80 { n += 1 }
        return n
    }
}
