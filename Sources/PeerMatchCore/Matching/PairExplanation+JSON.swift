extension PairExplanation {
    /// `"shared": [{"area", "contribution"}...], "bonuses": {"language", "region"}`
    /// as FORMATS.md fixes them: every shared area once, highest contribution
    /// first; both bonuses always present, 0.0 when not applied.
    public func writeJSONFields(into w: inout JSONWriter) {
        w.key("shared")
        w.beginArray()
        for a in shared {
            w.beginObject()
            w.field("area", a.area)
            w.field("contribution", a.contribution.value)
            w.endObject()
        }
        w.endArray()
        w.key("bonuses")
        w.beginObject()
        w.field("language", language.value)
        w.field("region", region.value)
        w.endObject()
    }
}

extension JSONWriter {
    /// One JSON value on one line, with a space after each colon and comma
    /// (the style of indented documents' inline values).
    public static func oneLine(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var w = JSONWriter(indent: 2, reserve: 256)
        w.inline(body)
        return w.bytes
    }
}
