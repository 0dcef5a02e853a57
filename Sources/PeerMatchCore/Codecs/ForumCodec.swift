/// `forum.json`: the forum's name, settings and interest-area taxonomy.
/// JSON only (no CSV form).
enum ForumCodec {
    static func writeJSON(_ f: Forum) -> [UInt8] {
        var w = JSONWriter(indent: 2, leadingCommas: true)
        w.beginObject()
        w.field("schemaVersion", DataFile.schemaVersion)
        w.field("name", f.name)
        w.key("settings")
        w.beginObject()
        w.field("languageBonus", f.languageBonus)
        w.field("regionBonus", f.regionBonus)
        w.field("staleAfterDays", f.staleAfterDays)
        w.key("areaWeights")
        w.beginObject()
        for (area, weight) in f.areaWeights.sorted(by: { $0.key < $1.key }) { w.field(area, weight) }
        w.endObject()
        w.endObject()
        w.key("areas")
        w.beginArray()
        for a in f.areas {
            w.beginObject()
            w.field("id", a.id)
            w.field("label", a.label)
            w.field("summary", a.summary)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.finish()
        return w.bytes
    }

    /// Strict: unknown keys, wrong types and bad values are errors.
    static func readJSON(_ bytes: [UInt8], file: String) throws -> Forum {
        try JSONReader.read(bytes, file: file) { r in
            var forum = Forum(name: "", areas: [])
            var sawAreas = false
            try r.readDataFile(known: "schemaVersion, name, settings, areas") { r, key in
                switch key {
                case "name": forum.name = try r.readString()
                case "settings": try readSettings(&r, into: &forum)
                case "areas":
                    sawAreas = true
                    forum.areas = try readAreas(&r)
                default: throw r.unknownKey(key, known: "schemaVersion, name, settings, areas")
                }
            }
            if !sawAreas { forum.areas = InterestArea.defaultTaxonomy }
            return forum
        }
    }

    private static func readSettings(_ r: inout JSONReader, into forum: inout Forum) throws {
        try r.readObject { r, key in
            switch key {
            case "languageBonus": forum.languageBonus = try r.readWeight()
            case "regionBonus": forum.regionBonus = try r.readWeight()
            case "staleAfterDays":
                let at = r.valueOffset()
                forum.staleAfterDays = try r.readInt()
                if forum.staleAfterDays < 1 { throw r.error(at: at, expected: "a number of days >= 1") }
            case "areaWeights":
                try r.readObject { r, area in forum.areaWeights[area] = try r.readWeight() }
            default: throw r.unknownKey(key, known: "languageBonus, regionBonus, staleAfterDays, areaWeights")
            }
        }
    }

    private static func readAreas(_ r: inout JSONReader) throws -> [InterestArea] {
        var areas: [InterestArea] = []
        var seen = Set<String>()
        try r.readArray { r in
            let at = r.valueOffset()
            var area = InterestArea(id: "", label: "", summary: "")
            try r.readObject { r, key in
                switch key {
                case "id": area.id = try r.readString()
                case "label": area.label = try r.readString()
                case "summary": area.summary = try r.readString()
                default: throw r.unknownKey(key, known: "id, label, summary")
                }
            }
            guard Validation.isValidID(area.id) else {
                throw r.error(at: at, expected: "an area with an id like water-resilience")
            }
            guard seen.insert(area.id).inserted else {
                throw r.error(at: at, expected: "each area id once (\(area.id) repeats)")
            }
            if area.label.isEmpty { area.label = area.id }
            areas.append(area)
        }
        if areas.count > PairScorer.maxAreas {
            throw r.error(expected: "at most \(PairScorer.maxAreas) interest areas")
        }
        return areas
    }
}
