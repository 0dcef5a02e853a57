/// Reads a pairings CSV (what `export pairings --format csv` writes):
/// pilot, peer, status, start, end, cohort, note. All or nothing. The
/// columns themselves are read in `PairingCodec`.
public enum PairingReader {
    public static let columns = PairingCodec.csvColumns
    public static let requiredColumns = PairingCodec.requiredCSVColumns

    public static func parse(_ bytes: [UInt8], file: String, data: ForumData) throws -> [Pairing] {
        try PairingCodec.readCSV(bytes, file: file, data: data)
    }

    /// Checks pairings read from JSON against the forum, as CSV rows are checked.
    public static func check(_ pairings: [Pairing], file: String, data: ForumData) throws {
        try PairingCodec.check(pairings, file: file, data: data)
    }
}
