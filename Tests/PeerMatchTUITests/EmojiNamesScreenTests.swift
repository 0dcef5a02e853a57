import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// Names with emoji sequences keep every column in place on the Cities screen.
@Suite struct EmojiNamesScreenTests {
    @Test func columnsStayInPlace() {
        var data = Fixtures.multilingualForum()
        let names = ["Aaa 👩‍👩‍👧 Town", "Abb 🇧🇷 Town", "Acc 1️⃣ Town", "Add 👍🏽 Town", "Aee ❤️ Town", "Aff 🏳️‍🌈 Town"]
        for (i, name) in names.enumerated() {
            data.cities.append(Fixtures.city("e\(i)", .peer, region: "East Asia", ["e-mobility": 1], name: name, country: "ZZ"))
        }
        let app = AppDriver(data)
        let grid = app.screen
        let accra = grid.row(containing: "Accra")!
        let cc = cellColumn(of: "GH", row: accra, in: grid)!
        for name in names {
            let first = String(name.prefix(3))
            guard let y = (0..<grid.height).first(where: { grid.line($0).hasPrefix(first) }) else {
                Issue.record("no row for \(name)")
                continue
            }
            #expect(cellColumn(of: "ZZ", row: y, in: grid) == cc, "\(name): \(grid.line(y))")
            // The name's cells hold only the drawn form: no joiner, no modifier.
            #expect(!grid.line(y).unicodeScalars.contains { [0x200D, 0xFE0F, 0x20E3].contains($0.value) || (0x1F3FB...0x1F3FF).contains($0.value) })
        }
        #expect(grid.line(grid.row(containing: "Aaa")!).hasPrefix("Aaa 👩 Town "))
    }
}
