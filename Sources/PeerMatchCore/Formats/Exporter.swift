/// Writes cities, sessions and pairings as CSV or JSON, in exactly the shapes
/// the importers read: import(export(x)) gives x back, and exporting twice
/// gives identical bytes. Each record's shapes live in its codec. CSV cells
/// that a spreadsheet would run as a formula are guarded with a leading `'`
/// (`CSVFormulaGuard`; import removes it) unless `guardsFormulas` is false.
public enum Exporter {
    public enum Format: String, CaseIterable, Sendable { case csv, json }

    public static func cities(_ cities: [City], format: Format, guardsFormulas: Bool = true) -> [UInt8] {
        switch format {
        case .json: CityCodec.writeJSON(cities)
        case .csv: CityCodec.writeCSV(cities, guardsFormulas: guardsFormulas)
        }
    }

    public static func sessions(_ sessions: [Session], format: Format, guardsFormulas: Bool = true) -> [UInt8] {
        switch format {
        case .json: SessionCodec.writeListJSON(sessions)
        case .csv: SessionCodec.writeCSV(sessions, guardsFormulas: guardsFormulas)
        }
    }

    public static func pairings(_ data: ForumData, format: Format, guardsFormulas: Bool = true) -> [UInt8] {
        switch format {
        case .json: PairingCodec.writeJSON(data)
        case .csv: PairingCodec.writeCSV(data.pairings, guardsFormulas: guardsFormulas)
        }
    }
}
