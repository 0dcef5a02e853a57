/// Reading back what `Exporter` wrote as JSON.
public enum JSONImport {
    public static func cities(_ bytes: [UInt8], file: String, forum: Forum) throws -> [City] {
        try CityCodec.readJSON(bytes, file: file, knownAreas: Set(forum.areaIDs))
    }

    public static func sessions(_ bytes: [UInt8], file: String) throws -> [Session] {
        try SessionCodec.readJSON(bytes, file: file)
    }

    public static func pairings(_ bytes: [UInt8], file: String) throws -> [Pairing] {
        try PairingCodec.readJSON(bytes, file: file).pairings
    }

    /// Pairings with the pins and exclusions (and their notes) beside them.
    public static func pairingLinks(_ bytes: [UInt8], file: String) throws -> PairingCodec.Links {
        try PairingCodec.readJSON(bytes, file: file)
    }
}
