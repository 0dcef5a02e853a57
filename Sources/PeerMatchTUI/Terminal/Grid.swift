import PeerMatchCore

/// One terminal cell: a grapheme cluster and its style. A wide character
/// (深圳, emoji) fills its cell and marks the next one as its continuation.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty in the continuation cell of a wide character.
    public var text: String
    public var style: Style
    /// Cells the grapheme takes: 1 or 2 (0 in a continuation cell).
    public var width: UInt8

    public init(_ text: String = " ", style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell("", style: style, width: 0) }
    public var isContinuation: Bool { width == 0 }
}

/// A screenful of cells. Widgets and screens draw into it (never into the
/// terminal); a backend flushes it.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks of a style. A wide character that
    /// straddles an edge is blanked whole.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let blank = Cell(" ", style: style)
        let left = max(0, rect.x), right = min(width, rect.maxX)
        guard left < right else { return }
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            clearOverlap(x: left, y: y)
            clearOverlap(x: right - 1, y: y)
            for x in left..<right { self[x, y] = blank }
        }
    }

    /// Writes `text` from (x, y), at most `maxWidth` cells (default: to the
    /// right edge), graphemes whole: a wide one that does not fit is left out.
    /// Control characters show escaped (`TerminalText`, as the CLI shows
    /// them); a lone combining mark is dropped; an emoji sequence is drawn
    /// as `TerminalGrapheme.drawn` says. Returns the cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(x + (maxWidth ?? width), width)
        var cx = x
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for b in text.utf8 {
                if cx >= limit { break }
                if cx >= 0 { writeCell(Cell(String(UnicodeScalar(b)), style: style), x: cx, y: y) }
                cx += 1
            }
            return cx - x
        }
        for ch in TerminalText.escaped(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if cx + w > limit { break }
            if cx >= 0 { writeGrapheme(TerminalGrapheme.drawn(ch), width: w, style: style, x: cx, y: y) }
            cx += w
        }
        return cx - x
    }

    /// Writes `text` padded or cut (with `…`) to exactly `width` cells.
    public mutating func put(_ text: String, x: Int, y: Int, exactWidth: Int, alignRight: Bool = false,
                             style: Style = .plain) {
        guard exactWidth > 0 else { return }
        put(text.padded(toWidth: exactWidth, alignRight: alignRight), x: x, y: y, maxWidth: exactWidth, style: style)
    }

    /// Applies a style to every cell of a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { change(&cells[y * width + x].style) }
        }
    }

    /// Sets one single-width cell, blanking any wider grapheme it overlaps.
    private mutating func writeCell(_ cell: Cell, x: Int, y: Int) {
        clearOverlap(x: x, y: y)
        cells[y * width + x] = cell
    }

    /// Puts a grapheme `w` cells wide at (x, y): its cell, then `w - 1`
    /// continuation cells. The caller checked it fits.
    private mutating func writeGrapheme(_ grapheme: String, width w: Int, style: Style, x: Int, y: Int) {
        for cx in x..<(x + w) { clearOverlap(x: cx, y: y) }
        cells[y * width + x] = Cell(grapheme, style: style, width: UInt8(w))
        for cx in (x + 1)..<(x + w) { cells[y * width + cx] = .continuation(style) }
    }

    /// When (x, y) belongs to a grapheme wider than one cell, blanks all of it,
    /// so no half of a wide character is ever left behind.
    private mutating func clearOverlap(x: Int, y: Int) {
        let row = y * width
        var lead = x
        while lead > 0, cells[row + lead].isContinuation { lead -= 1 }
        let span = max(1, Int(cells[row + lead].width))
        guard span > 1 || lead != x else { return }
        for cx in lead..<min(width, lead + span) { cells[row + cx] = Cell(" ", style: cells[row + cx].style) }
    }
}

extension Grid {
    /// The text of one row, trailing spaces kept (continuation cells skipped).
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// Every row as text, trailing spaces removed: what a test compares.
    public var lines: [String] {
        (0..<height).map { y in
            var s = line(y)
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// The text of `length` cells from (x, y).
    public func text(x: Int, y: Int, length: Int) -> String {
        var s = ""
        for cx in x..<min(width, x + length) where !self[cx, y].isContinuation { s += self[cx, y].text }
        return s
    }

    /// The whole screen as one string, one line per row.
    public var screenText: String { lines.joined(separator: "\n") }

    /// First row containing `needle`, if any.
    public func row(containing needle: String) -> Int? {
        (0..<height).first { line($0).contains(needle) }
    }
}
