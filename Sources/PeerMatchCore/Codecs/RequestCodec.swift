/// Officers' requests in `requests.json`: `{"peer", "pilots": [ranked ids]}`
/// per peer, sorted by peer. A file of its own because officers change it,
/// not the coordinator: a request never rewrites `pairings.json`.
public enum RequestCodec {
    static func writeJSON(_ requests: [CityRequest]) -> [UInt8] {
        // One field a line, leading commas: the merge-friendly layout of every data file (DATA.md).
        var w = JSONWriter(indent: 2, reserve: 64 + requests.count * 80, leadingCommas: true)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.key("requests")
        w.beginArray()
        for r in requests {
            w.beginObject()
            w.field("peer", r.peer)
            w.field("pilots", strings: r.pilots)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    /// Strict, like every data file: unknown keys and wrong types are errors.
    static func readJSON(_ bytes: [UInt8], file: String) throws -> [CityRequest] {
        try JSONReader.read(bytes, file: file) { r in
            var out: [CityRequest] = []
            try r.readDataFile(known: "schemaVersion, requests") { r, key in
                switch key {
                case "requests":
                    try r.readArray { r in
                        let at = r.valueOffset()
                        var peer: String?, pilots: [String]?
                        try r.readObject { r, key in
                            switch key {
                            case "peer": peer = try r.readString()
                            case "pilots":
                                let at = r.valueOffset()
                                let list = try r.readStringArray()
                                guard (1...CityRequest.maxPilots).contains(list.count), Set(list).count == list.count else {
                                    throw r.error(at: at, expected: "1 to \(CityRequest.maxPilots) distinct pilot ids")
                                }
                                pilots = list
                            default: throw r.unknownKey(key, known: "peer, pilots")
                            }
                        }
                        guard let peer, let pilots else { throw r.error(at: at, expected: "a request with peer and pilots") }
                        out.append(CityRequest(peer: peer, pilots: pilots))
                    }
                default: throw r.unknownKey(key, known: "schemaVersion, requests")
                }
            }
            return out
        }
    }
}
