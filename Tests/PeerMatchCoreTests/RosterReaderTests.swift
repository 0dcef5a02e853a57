import Testing
@testable import PeerMatchCore

@Suite struct RosterReaderTests {
    let forum = Forum(name: "t")
    let header = "id,name,country,region,role,capacity,languages,networks,interests\n"

    func read(_ body: String) throws -> [City] {
        try RosterReader.parse(Array((header + body).utf8), file: "roster.csv", forum: forum)
    }

    func message(_ body: String, header h: String? = nil) -> String? {
        do {
            _ = try RosterReader.parse(Array(((h ?? header) + body).utf8), file: "roster.csv", forum: forum)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func readsTheSpecExample() throws {
        let cities = try read("""
            chennai,Chennai,IN,South Asia,pilot,3,en;ta,100RC,water-resilience:3;flood-management:3
            accra,Accra,GH,West Africa,peer,,en,C40,water-resilience:3;waste-management:2

            """)
        #expect(cities.count == 2)
        #expect(cities[0] == City(id: "chennai", name: "Chennai", country: "IN", region: "South Asia", role: .pilot,
                                  capacity: 3, languages: ["en", "ta"], networks: ["100RC"],
                                  interests: [.init(area: "water-resilience", level: 3), .init(area: "flood-management", level: 3)]))
        #expect(cities[1].capacity == nil)
        #expect(cities[1].effectiveCapacity == 1)
    }

    @Test func listsTrimSpacesAndSkipEmptyParts() throws {
        let cities = try read("""
            pune,Pune पुणे,IN,South Asia,pilot,, en ;; mr ;,"CSCAF; 100RC ; ", water-resilience : 3 ; ;heat-islands:1 ;

            """)
        #expect(cities[0].languages == ["en", "mr"])
        #expect(cities[0].networks == ["CSCAF", "100RC"])
        #expect(cities[0].interests == [.init(area: "water-resilience", level: 3), .init(area: "heat-islands", level: 1)])
        #expect(cities[0].name == "Pune पुणे")
    }

    @Test func networksKeepNonLatinNames() throws {
        let cities = try read("shenzhen,Shenzhen,CN,East Asia,pilot,,zh,低碳城市;C40,e-mobility:2\n")
        #expect(cities[0].networks == ["低碳城市", "C40"])
    }

    @Test func columnsInAnyOrderAndExtraColumnsKept() throws {
        let cities = try RosterReader.parse(Array("role,x-note,name,id,country\npeer,\"hello, world\",深圳,shenzhen,CN\n".utf8),
                                            file: "r.csv", forum: forum)
        #expect(cities == [City(id: "shenzhen", name: "深圳", country: "CN", role: .peer, extra: ["x-note": "hello, world"])])
    }

    // Each sentence is pinned: people read these.
    @Test func errorSentences() {
        #expect(message("a,A,IN,,pilot,,,,\na,B,IN,,peer,,,,\n")
            == "roster.csv:3:1: id: duplicate id 'a' (first at line 2)")
        #expect(message("a,A,IN,,pilot,,,,sea-level-rise:2\n")?.hasPrefix(
            "roster.csv:2:9: interests: unknown interest area \"sea-level-rise\"; known areas: water-resilience, flood-management,") == true)
        #expect(message("a,A,IN,,pilot,,,,heat-islands:4\n")
            == "roster.csv:2:9: interests: level must be 1, 2 or 3, got \"4\" for heat-islands")
        #expect(message("a,A,IN,,mentor,,,,\n")
            == "roster.csv:2:5: role: expected pilot, peer or member, got \"mentor\"")
        #expect(message("a,A,IN,,pilot,-1,,,\n")
            == "roster.csv:2:6: capacity: expected a whole number >= 0 (or empty for the role's default), got \"-1\"")
        #expect(message("a,A,India,,pilot,,,,\n")
            == "roster.csv:2:3: country: expected an ISO 3166-1 alpha-2 country code such as IN, got \"India\"; did you mean IN (India)?")
        #expect(message("a,A,IN,,pilot,,english,,\n")
            == "roster.csv:2:7: languages: expected ISO 639-1 language codes separated by ';' such as en;ta, got \"english\"; did you mean en (English)?")
        #expect(message("Bad Id,A,IN,,pilot,,,,\n")
            == "roster.csv:2:1: id: expected an id like sao-paulo ([a-z0-9][a-z0-9-]*), got \"Bad Id\"")
        #expect(message("a,A,IN,,pilot,,\n") == "roster.csv:2: expected 9 fields as in the header, found 7")
        #expect(message("", header: "id,name,role,notes\n")
            == "roster.csv:1:4: notes: unknown column 'notes' (only columns starting with x- may be added)")
        #expect(message("", header: "id,name,role\n") == "roster.csv:1: required column 'country' is missing")
        #expect(message("a,A,IN,,pilot,,,,heat-islands\n")
            == "roster.csv:2:9: interests: expected area:level separated by ';' such as water-resilience:3, got \"heat-islands\"")
        #expect(message("a,,IN,,pilot,,,,\n") == "roster.csv:2:2: name: a value is required")
        #expect(message("a,A,IN,,pilot,,,,\nb,\"B,unclosed,IN,,peer,,,,\n")
            == "roster.csv:3:2: name: quoted field opened here is never closed (end of file)")
    }

    @Test func emptyFileNeedsAHeader() {
        #expect(throws: ImportError(file: "e.csv", line: 1, problem: .emptyFile)) {
            try RosterReader.parse([], file: "e.csv", forum: forum)
        }
    }
}
