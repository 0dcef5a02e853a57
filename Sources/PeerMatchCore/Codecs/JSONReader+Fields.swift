/// Field readers shared by the record codecs: each checks its value and
/// points at it when it is wrong.
extension JSONReader {
    /// A data file's top-level object: `schemaVersion` (required, checked)
    /// and the keys `body` reads; `known` names them all for the error.
    mutating func readDataFile(known: String, _ body: (inout JSONReader, String) throws -> Void) throws {
        let start = valueOffset()
        var sawVersion = false
        try readObject { r, key in
            if key == "schemaVersion" {
                try r.readSchemaVersion()
                sawVersion = true
            } else {
                try body(&r, key)
            }
        }
        if !sawVersion {
            throw error(at: start, expected: "a \"schemaVersion\" key (\(DataFile.schemaVersion) for this PeerMatch) in the top-level object (keys: \(known))")
        }
    }

    /// The file's schema version, at most `newest` (what this version writes).
    @discardableResult
    mutating func readSchemaVersion(newest: Int = DataFile.schemaVersion) throws -> Int {
        let at = valueOffset()
        let v = try readInt()
        if v > newest {
            throw error(at: at, expected: "schemaVersion \(newest) or lower (this file was written by a newer PeerMatch; upgrade to read it)")
        }
        if v < 1 { throw error(at: at, expected: "schemaVersion >= 1") }
        return v
    }

    mutating func readWeight() throws -> Double {
        let at = valueOffset()
        let v = try readDouble()
        guard Validation.isValidWeight(v) else { throw error(at: at, expected: "a finite number >= 0 (at most 1000000)") }
        return v
    }

    mutating func readDay() throws -> Day {
        let at = valueOffset()
        guard let d = Day(try readString()) else { throw error(at: at, expected: "a date YYYY-MM-DD") }
        return d
    }

    func unknownKey(_ key: String, known: String) -> JSONFileError {
        var e = error(expected: "one of the keys \(known)")
        e.found = "unknown key '\(key)'"
        return e
    }
}
