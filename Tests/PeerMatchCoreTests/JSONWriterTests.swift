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

@Suite struct JSONWriterRecordLayoutTests {
    func records(_ ids: [String], leadingCommas: Bool) -> String {
        var w = JSONWriter(indent: 2, leadingCommas: leadingCommas)
        w.beginObject()
        w.key("records")
        w.beginArray()
        for id in ids {
            w.beginObject()
            w.field("id", id)
            w.field("tags", strings: ["x"])
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.finish()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func recordsAfterTheFirstStartWithAComma() {
        #expect(records(["a", "b"], leadingCommas: true) == """
            {
              "records": [
                {
                  "id": "a",
                  "tags": ["x"]
                }
              , {
                  "id": "b",
                  "tags": ["x"]
                }
              ]
            }

            """)
    }

    @Test func appendingARecordOnlyAddsLines() {
        let before = records(["a", "b"], leadingCommas: true).split(separator: "\n")
        let after = records(["a", "b", "c"], leadingCommas: true).split(separator: "\n")
        // Every old line is still there, in order, before the closing lines.
        #expect(Array(after.prefix(before.count - 2)) == Array(before.prefix(before.count - 2)))
        #expect(Array(after.suffix(2)) == Array(before.suffix(2)))
        #expect(after.count == before.count + 4)
    }

    @Test func inlineElementsOfAnIndentedArrayEachGetALine() {
        var w = JSONWriter(indent: 2)
        w.beginArray()
        for n in [1, 2] { w.inline { w in w.beginArray(); w.int(n); w.int(n); w.endArray() } }
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[\n  [1, 1],\n  [2, 2]\n]")
    }
}
