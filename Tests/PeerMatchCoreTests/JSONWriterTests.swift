import Testing
@testable import PeerMatchCore

@Suite struct JSONWriterTests {
    @Test func compactKeepsKeyOrder() {
        var w = JSONWriter()
        w.beginObject()
        w.field("b", 1)
        w.field("a", "x\"y\n")
        w.key("list"); w.beginArray(); w.number(3.0); w.number(0.25); w.endArray()
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"b":1,"a":"x\"y\n","list":[3.0,0.25]}"#)
    }

    @Test func indentedWithInlineArrays() {
        var w = JSONWriter(indent: 2)
        w.beginObject()
        w.field("id", "chennai")
        w.field("languages", strings: ["en", "ta"])
        w.key("empty"); w.beginArray(); w.endArray()
        w.endObject()
        w.finish()
        #expect(String(decoding: w.bytes, as: UTF8.self) == """
            {
              "id": "chennai",
              "languages": ["en", "ta"],
              "empty": []
            }

            """)
    }
}
