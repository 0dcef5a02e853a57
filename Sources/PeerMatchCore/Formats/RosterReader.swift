/// Reads a city roster CSV (FORMATS.md "City roster CSV"), all or nothing:
/// the first bad cell stops it with its file, line, column and what was
/// expected. The columns themselves are read in `CityCodec`.
public enum RosterReader {
    public static let columns = CityCodec.csvColumns
    public static let requiredColumns = CityCodec.requiredCSVColumns

    /// Reads `file` from disk. O(bytes).
    /// `progress(done, total)` is called every 1,000 rows.
    public static func read(file: String, forum: Forum, progress: ((Int, Int) -> Void)? = nil) throws -> [City] {
        guard let bytes = try FileIO.read(file) else {
            throw StoreError.io(path: file, operation: "read", reason: "no such file")
        }
        return try parse(bytes, file: file, forum: forum, progress: progress)
    }

    /// A roster matched on its own: default forum settings, no pairings, pins or exclusions.
    public static func readForum(file: String) throws -> ForumData {
        let forum = Forum(name: "roster")
        return ForumData(forum: forum, cities: try read(file: file, forum: forum))
    }

    public static func parse(_ bytes: [UInt8], file: String, forum: Forum, progress: ((Int, Int) -> Void)? = nil) throws -> [City] {
        try CityCodec.readCSV(bytes, file: file, forum: forum, progress: progress)
    }

    /// The cities and the columns the file has (for a merge that keeps the
    /// fields of the columns it lacks).
    public static func parseWithColumns(_ bytes: [UInt8], file: String, forum: Forum,
                                        progress: ((Int, Int) -> Void)? = nil) throws -> (cities: [City], columns: [String]) {
        try CityCodec.readCSVWithColumns(bytes, file: file, forum: forum, progress: progress)
    }
}
