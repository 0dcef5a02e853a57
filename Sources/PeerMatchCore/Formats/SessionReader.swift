/// Reads a session log CSV (FORMATS.md "Session CSV"), checked against the
/// forum, all or nothing. The columns themselves are read in `SessionCodec`.
public enum SessionReader {
    public static let columns = SessionCodec.csvColumns
    public static let requiredColumns = SessionCodec.requiredCSVColumns

    /// `progress(done, total)` is called every 1,000 rows.
    public static func parse(_ bytes: [UInt8], file: String, data: ForumData, allowUnpaired: Bool,
                             progress: ((Int, Int) -> Void)? = nil) throws -> [SessionRow] {
        try SessionCodec.readCSV(bytes, file: file, data: data, allowUnpaired: allowUnpaired, progress: progress)
    }

    /// Checks sessions read from JSON against the forum, as CSV rows are checked.
    public static func check(_ sessions: [Session], file: String, data: ForumData, allowUnpaired: Bool) throws {
        try SessionCodec.check(sessions, file: file, data: data, allowUnpaired: allowUnpaired)
    }
}
