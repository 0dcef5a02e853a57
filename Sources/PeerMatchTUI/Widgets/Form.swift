import PeerMatchCore

/// One field of a `Form`: a label, the text typed, and what the form says
/// about it (a hint, a problem shown right under it).
public struct FormField: Hashable, Sendable {
    public var label: String
    public var value: String
    /// Muted text after the value (the choice a key would pick, the choices).
    public var hint: String = ""
    /// The validation sentence for this field, shown under it.
    public var problem: String?

    public init(_ label: String, _ value: String = "") {
        self.label = label
        self.value = value
    }
}

/// A small form: labelled one-line fields, one focused; Tab and Shift-Tab
/// move, typing edits the focused one, each problem is drawn under its
/// field. Pure: the screen that owns it decides what the fields mean.
public struct Form: Hashable, Sendable {
    public var fields: [FormField]
    public var focus = 0

    public init(_ fields: [FormField]) { self.fields = fields }

    public static let labelWidth = 12

    public mutating func next() { focus = (focus + 1) % fields.count }
    public mutating func previous() { focus = (focus + fields.count - 1) % fields.count }
    public mutating func type(_ c: Character) { fields[focus].value.append(c) }
    public mutating func deleteLast() { if !fields[focus].value.isEmpty { fields[focus].value.removeLast() } }
    public mutating func clear() { fields[focus].value = "" }

    public func render(in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        let valueX = rect.x + Form.labelWidth + 1
        let valueWidth = max(1, min(40, rect.maxX - valueX))
        // A problem is wrapped under its field, whole: the sentence says how to fix it.
        let problems = fields.map { f in f.problem.map { ConfirmationOverlay.wrap("↳ \($0)", width: max(1, rect.maxX - valueX)) } ?? [] }
        let heights = problems.map { 1 + $0.count }
        // Scroll so the focused field and its problem are in view.
        let focusBottom = heights[...focus].reduce(0, +)
        var skip = max(0, focusBottom - rect.height)
        var y = rect.y
        for (i, f) in fields.enumerated() {
            for line in 0..<heights[i] {
                if skip > 0 { skip -= 1; continue }
                guard y < rect.maxY else { return }
                if line == 0 {
                    let focused = i == focus
                    grid.put(f.label.truncated(toWidth: Form.labelWidth), x: rect.x, y: y, style: focused ? .emphasis : .plain)
                    // A long value shows its end, where the typing is.
                    var shown = f.value.replacingNewlines
                    while shown.displayWidth > valueWidth - 1, !shown.isEmpty { shown.removeFirst() }
                    let style = f.problem != nil ? Style(underline: true, foreground: .red) : Style(underline: true)
                    var x = valueX + grid.put(shown, x: valueX, y: y, style: focused ? style : .plain)
                    if focused { x += grid.put("▏", x: x, y: y) }
                    if !f.hint.isEmpty, x + 2 < rect.maxX {
                        grid.put(f.hint.truncated(toWidth: rect.maxX - x - 2), x: x + 2, y: y, style: .muted)
                    }
                } else {
                    grid.put(problems[i][line - 1].truncated(toWidth: rect.maxX - valueX), x: valueX, y: y, style: .warning)
                }
                y += 1
            }
        }
    }
}

extension String {
    /// Multi-line text on one line of a form: each newline shown as `⏎`.
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }
}
