import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// Manual pairs, overrides, swaps and re-pairing on the Match screen (fixture forum).
@Suite struct MatchAdjustTests {
    static func pick(_ app: inout AppDriver, pilot: String, peer: String) {
        app.press(.addPair)
        app.type(pilot)
        app.press(.pickCity)
        app.type(peer)
        app.press(.pickCity)
    }

    @Test func aManualPairIsPickedWithBestFitsFirst() {
        var app = MatchScreenTests.matched()
        app.press(.addPair)
        #expect(app.screen.row(containing: "Pilot for a new pair") != nil)
        app.type("pun")
        #expect(app.screen.row(containing: "Pune पुणे") != nil && app.screen.row(containing: "Chennai") == nil
                || app.screen.row(containing: "Chennai சென்னை     Accra") != nil)
        app.press(.pickCity)
        #expect(app.screen.row(containing: "Peer for pune — best fit first") != nil)
        // Accra shares water resilience: first, with its score and why.
        let accra = app.screen.row(containing: "4.0 · 1 left · water-resilience +3.0")
        let row = app.screen.row(containing: "search:")
        #expect(accra != nil && row != nil && accra! == row! + 1)
        app.press(.cancelPick)
        #expect(app.screen.row(containing: "Pilot for a new pair") != nil)
        app.press(.cancelPick)
        #expect(app.model.overlayCount == 0)
        Self.pick(&app, pilot: "pune", peer: "accra")
        #expect(app.model.workspace.newPairs.map(\.key) == [PairKey(pilot: "pune", peer: "accra")])
        #expect(app.model.message?.hasPrefix("pair pune–accra") == true)
        app.settle()
        #expect(app.screen.row(containing: "Pune पुणे") != nil)
        app.press(.undo)
        #expect(app.model.message == "undone: pair pune–accra")
        #expect(app.model.workspace.newPairs.isEmpty)
    }

    @Test func aRefusedPairCanBeOverriddenWithANote() {
        var app = MatchScreenTests.matched()
        Self.pick(&app, pilot: "pune", peer: "medel")
        #expect(app.model.message == "not done: cannot pair pune–medellin: the two cities share no interest area "
                + "(override with a note to pair them anyway)")
        #expect(app.screen.row(containing: "Override: why pair them anyway?") != nil)
        app.type("the mayors asked")
        app.press(.acceptText)
        let made = app.model.workspace.newPairs.first
        #expect(made?.key == PairKey(pilot: "pune", peer: "medellin") && made?.overridden == [.noSharedArea])
        #expect(made?.recordedNote == "override (no shared area): the mayors asked")
        app.press(.undo)
        #expect(app.model.message == "undone: pair pune–medellin (override)")
        // Esc leaves it refused.
        Self.pick(&app, pilot: "pune", peer: "medel")
        app.press(.cancelText)
        #expect(app.model.workspace.newPairs.isEmpty && app.model.overlayCount == 0)
    }

    @Test func swappingPeersOfTwoPairs() {
        var app = MatchScreenTests.matched()
        Self.pick(&app, pilot: "pune", peer: "medel")
        app.type("asked")
        app.press(.acceptText)
        app.settle()
        // Rows: Chennai–Accra, then Pune–Medellín.
        app.press(.moveFirst)
        app.press(.swapPeers)
        #expect(app.model.message == "marked chennai–accra: s on another pair swaps their peers")
        #expect(app.lines[3].contains("⇄"))
        app.press(.moveDown)
        app.press(.swapPeers)
        // chennai–medellin shares nothing: the override note again.
        #expect(app.model.message?.hasPrefix("not done: cannot pair chennai–medellin") == true)
        app.type("trial")
        app.press(.acceptText)
        #expect(Set(app.model.workspace.newPairs.map(\.key))
                == [PairKey(pilot: "chennai", peer: "medellin"), PairKey(pilot: "pune", peer: "accra")])
        app.press(.undo)
        #expect(app.model.message == "undone: swap peers of chennai–accra and pune–medellin")
    }

    @Test func rePairingACityPickedFromTheCandidates() throws {
        var app = MatchScreenTests.matched()
        app.press(.repairCity)
        // Nothing ended or flagged yet: nothing to pick, Enter does nothing.
        #expect(app.lines.contains { $0.contains("nothing matches") })
        app.press(.pickCity)
        app.press(.cancelPick)
        let ended = try app.model.workspace.end(PairKey(pilot: "chennai", peer: "surat"))
        app.apply([.workspace(ended, "end chennai–surat")])
        app.settle()
        app.press(.repairCity)
        #expect(app.lines[5] == "  │  Chennai சென்னை                       chennai–surat ended in the worksp…  │")
        #expect(app.lines[6] == "  │  Surat સુરત                           chennai–surat ended in the worksp…  │")
        app.type("sur")
        app.press(.pickCity)
        #expect(app.model.message == "not done: no allowed partner with capacity left for 'surat'")
    }

    @Test func endingACommittedPairingPickedByIncrementalSearch() {
        var app = MatchScreenTests.matched()
        app.press(.endCommittedPairing)
        expectScreen(app.screen, [
            " PeerMatch   1 Cities  [2 Match]  3 Pairs   4 Sessions   5 Reports   Test Forum",
            "optimal · 1 pairs · total 6.0 · unmatched: 2 pilots, 1 peers",
            "pilot             peer              score       request      why",
            "Ch┌─ End which committed pairing? ───────────────────────────────────────────┐+…",
            "  │  search: ▏                                                               │",
            "  │  Chennai சென்னை – Surat સુરત           since 2026-02-01 · 2026-spring      │",
            "  │  Shenzhen 深圳 – São Paulo           since 2026-03-01                    │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  │                                                                          │",
            "──│                                                                          │──",
            "Ch│                                                                          │",
            "  │                                                                          │",
            "co│                                                                          │e…",
            "pa│                                                                          │",
            "  │                                                                          │",
            "  └──────────────────────────────────────────────────────────────────────────┘",
            "",
            "workspace uncommitted · fixture · 8 cities · 2 active pairings · 3 sessions",
            "Enter take  Esc back",
        ])
        app.type("sura")
        app.press(.pickCity)
        #expect(app.model.message?.hasPrefix("end chennai–surat") == true)
        #expect(app.model.workspace.endings[PairKey(pilot: "chennai", peer: "surat")] == "")
        // Once ended in the workspace it is no longer offered.
        app.press(.endCommittedPairing)
        app.type("surat")
        #expect(app.lines.contains { $0.contains("nothing matches") })
        app.press(.cancelPick)
        app.press(.undo)
        #expect(app.model.message == "undone: end chennai–surat" && app.model.workspace.endings.isEmpty)
    }
}
