/// Which codec writes each data file. The record shapes live in `Codecs/`,
/// one file per record type.
enum ForumFileCodec {
    static func encode(_ data: ForumData, _ file: DataFile) -> [UInt8] {
        switch file {
        case .forum: ForumCodec.writeJSON(data.forum)
        case .cities: CityCodec.writeJSON(data.cities)
        case .pairings: PairingCodec.writeJSON(data)
        case .sessions: SessionCodec.writeJSON(data.sessions, deleted: data.deletedSessions)
        case .requests: RequestCodec.writeJSON(data.requests)
        }
    }
}
