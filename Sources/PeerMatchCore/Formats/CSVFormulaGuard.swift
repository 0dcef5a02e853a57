/// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts
/// with `=`, `+`, `-`, `@`, tab or carriage return is run as a formula when
/// the CSV is opened in a spreadsheet (`=HYPERLINK(…)` in a city's name).
/// Exports prefix such a cell with `'`, which spreadsheets show as text.
///
/// Import removes that one `'` again, so export → import gives every value
/// back. To keep this exact, a value that itself starts with `'` before such
/// a character gets one more `'` on export: writing adds exactly one quote
/// to every cell matching `'*[=+\-@\t\r]…` and reading removes exactly one.
public enum CSVFormulaGuard {
    @inline(__always)
    static func isTrigger(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
            || b == 0x09 || b == 0x0D
    }

    /// True when the cell, after any `'`s, starts with a trigger.
    @inline(__always)
    static func needsGuard(_ cell: some Collection<UInt8>) -> Bool {
        guard let b = cell.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return isTrigger(b)
    }

    /// The cell as an export writes it.
    public static func guarded(_ cell: String) -> String {
        needsGuard(cell.utf8) ? "'" + cell : cell
    }

    /// The value an exported cell stands for: one leading `'` dropped when a
    /// trigger follows the quotes; anything else as it is.
    public static func unguarded(_ cell: String) -> String {
        let u = cell.utf8
        guard u.first == UInt8(ascii: "'"), needsGuard(u.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }
}
