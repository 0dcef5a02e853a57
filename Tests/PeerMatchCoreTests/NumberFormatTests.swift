import Foundation
import PeerMatchTestSupport
import Testing
@testable import PeerMatchCore

@Suite struct NumberFormatTests {
    /// Checked against the decimal the micros stand for, written out by
    /// integer arithmetic of its own: at least one decimal, no trailing zero.
    @Test func scoresAreExactDecimals() {
        #expect(Score(micros: 6_000_000).formatted == "6.0")
        #expect(Score(micros: 500_000).formatted == "0.5")
        #expect(Score(micros: 1).formatted == "0.000001")
        #expect(Score(micros: -1_250_000).formatted == "-1.25")
        #expect(Score(micros: 1_000_000).signedFormatted == "+1.0")
        #expect(Score(micros: -500_000).signedFormatted == "-0.5")
        var rng = SplitMix64(seed: 9)
        for _ in 0..<2_000 {
            let micros = Int64.random(in: -50_000_000...50_000_000, using: &rng)
            let text = Score(micros: micros).formatted
            let parts = text.drop { $0 == "-" }.split(separator: ".")
            #expect(parts.count == 2 && !parts[1].isEmpty && (parts[1] == "0" || !parts[1].hasSuffix("0")), "\(text)")
            let fraction = Int64(parts[1].padding(toLength: 6, withPad: "0", startingAt: 0))!
            let back = (Int64(parts[0])! * 1_000_000 + fraction) * (text.hasPrefix("-") ? -1 : 1)
            #expect(back == micros, "\(micros) → \(text)")
            #expect(Double(text)! == Score(micros: micros).value)
        }
    }

    @Test func countsAreGroupedByThousands() {
        #expect(13_000.grouped == "13,000")
        #expect(999.grouped == "999")
        #expect((-1_234_567).grouped == "-1,234,567")
        var rng = SplitMix64(seed: 10)
        for _ in 0..<1_000 {
            let n = Int.random(in: -10_000_000...10_000_000, using: &rng)
            let text = n.grouped
            #expect(Int(text.replacingOccurrences(of: ",", with: "")) == n)
            let groups = text.drop { $0 == "-" }.split(separator: ",", omittingEmptySubsequences: false)
            #expect(groups.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(groups[0].count), "\(text)")
        }
    }
}
