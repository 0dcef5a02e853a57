/// Writes JSON with keys in the order given (the stable order our files and
/// FORMATS.md rely on), compact or indented two spaces.
///
/// Indented output puts one key or element per line, except values written
/// inside `inline { }`, which stay on one line: small arrays and objects, so a
/// record changes a few lines of a diff when one field changes.
///
/// With `leadingCommas`, an indented array's elements after the first start
/// with `, ` on their own line (`  , {`) instead of ending the element before
/// with `,`: appending a record then adds lines without changing the last
/// record's lines, so git merges it with a change to that record.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let indentStep: Int
    private let leadingCommas: Bool
    private var inlineDepth = 0
    /// The containers open now, innermost last.
    private var containers: [Container] = []
    private var afterKey = false
    /// Set by `lineBreak`: the indent of the line the next key or value starts.
    private var pendingBreak: Int?

    private struct Container {
        let isArray: Bool
        /// Elements on their own lines (indented output, not inline).
        let onLines: Bool
        var hasElement = false
    }

    /// `indent` 0 writes compact JSON on one line.
    public init(indent: Int = 0, reserve: Int = 1024, leadingCommas: Bool = false) {
        indentStep = indent
        self.leadingCommas = leadingCommas
        bytes.reserveCapacity(reserve)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes what `body` writes on one line, even in indented output.
    public mutating func inline(_ body: (inout JSONWriter) -> Void) {
        inlineDepth += 1
        body(&self)
        inlineDepth -= 1
    }

    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        if indentStep > 0 || inlineDepth > 0 { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ s: String) { separate(); writeString(s) }

    public mutating func int(_ v: Int) { separate(); bytes.append(contentsOf: String(v).utf8) }

    /// Shortest form that reads back to the same double: `4.5`, `3.0`, `0.25`.
    public mutating func number(_ v: Double) {
        separate()
        precondition(v.isFinite, "JSON has no NaN or infinity")
        bytes.append(contentsOf: v.description.utf8)
    }

    public mutating func bool(_ v: Bool) { separate(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    /// Convenience: `"key": "value"`.
    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Double) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        inline { w in
            w.beginArray()
            for s in strings { w.string(s) }
            w.endArray()
        }
    }

    /// Inside `inline`, starts the next key or value on a new line indented
    /// `indent` (after its comma): sessions.json's three-line records.
    public mutating func lineBreak(indent: Int) { pendingBreak = indent }

    /// Text written as is, outside any open container: for a file's line
    /// layout this writer does not know (sessions.json's two lines a session).
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Ends the document with a newline.
    public mutating func finish() { bytes.append(UInt8(ascii: "\n")) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        containers.append(Container(isArray: bracket == UInt8(ascii: "["), onLines: indentStep > 0 && inlineDepth == 0))
    }

    private mutating func close(_ bracket: UInt8) {
        let container = containers.removeLast()
        if container.hasElement && container.onLines { newline(indent: containers.count * indentStep) }
        bytes.append(bracket)
    }

    /// Before a key or a value: a comma when needed, then a line break when
    /// the container puts its elements on lines.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard let container = containers.last else { return }
        containers[containers.count - 1].hasElement = true
        let indent = containers.count * indentStep
        if container.hasElement {
            if container.onLines && container.isArray && leadingCommas {
                newline(indent: indent - 2)
                bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")])
                return
            }
            bytes.append(UInt8(ascii: ","))
            if pendingBreak == nil && !container.onLines && indentStep > 0 { bytes.append(UInt8(ascii: " ")) }
        }
        if let lineIndent = pendingBreak {
            pendingBreak = nil
            newline(indent: lineIndent)
            return
        }
        if container.onLines { newline(indent: indent) }
    }

    private mutating func newline(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<max(0, indent) { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
