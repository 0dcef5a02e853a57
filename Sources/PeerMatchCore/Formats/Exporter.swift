/// Writes cities, sessions and pairings as CSV or JSON, in exactly the shapes
/// the importers read: import(export(x)) gives x back, and exporting twice
/// gives identical bytes. Each record's shapes live in its codec.
public enum Exporter {
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public static func cities(_ cities: [City], format: Format) -> [UInt8] {
        switch format {
        case .json: CityCodec.writeJSON(cities)
        case .csv: CityCodec.writeCSV(cities)
        }
    }

    public static func sessions(_ sessions: [Session], format: Format) -> [UInt8] {
        switch format {
        case .json: SessionCodec.writeJSON(sessions)
        case .csv: SessionCodec.writeCSV(sessions)
        }
    }

    public static func pairings(_ data: ForumData, format: Format) -> [UInt8] {
        switch format {
        case .json: PairingCodec.writeJSON(data)
        case .csv: PairingCodec.writeCSV(data.pairings)
        }
    }
}
