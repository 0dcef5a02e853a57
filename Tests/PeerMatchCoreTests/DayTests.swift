import Testing
@testable import PeerMatchCore

@Suite struct DayTests {
    @Test func parsesAndPrints() {
        #expect(Day("2024-02-29")?.description == "2024-02-29")
        #expect(Day("2023-02-29") == nil)
        #expect(Day("2024-2-01") == nil)
    }

    @Test func epochRoundTrip() {
        for z in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(Day(daysSinceEpoch: z).daysSinceEpoch == z)
        }
        #expect(Day("1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day("2026-11-25")! - Day("2026-01-01")! == 328)
    }
}
