import Foundation
import Testing
@testable import PeerMatchTUI

@Suite struct KeysDocTests {
    static let docPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/KEYS.md").path

    @Test func keysDocumentMatchesTheKeymaps() throws {
        let generated = KeyReference.markdown()
        if ProcessInfo.processInfo.environment["PEERMATCH_WRITE_KEYS"] == "1" {
            try generated.write(toFile: Self.docPath, atomically: true, encoding: .utf8)
        }
        let onDisk = (try? String(contentsOfFile: Self.docPath, encoding: .utf8)) ?? ""
        #expect(onDisk == generated, "docs/KEYS.md is out of date; run PEERMATCH_WRITE_KEYS=1 swift test --filter KeysDocTests")
    }

    @Test func noKeyIsBoundTwiceInOneMode() {
        let modes: [[Keymap]] = [
            [.cities, .navigation, .global], [.partners, .navigation, .global], [.cityDetail, .global],
            [.search], [.chooser, .navigation], [.help, .navigation],
            [.sessions, .navigation, .global, .edits], [.sessionForm], [.multilineEditor],
        ]
        for mode in modes {
            var seen: [Key: Action] = [:]
            for binding in mode.flatMap(\.bindings) {
                for key in binding.keys {
                    if let other = seen[key], other != binding.action {
                        Issue.record("\(key.label) is bound to both \(other) and \(binding.action) in \(mode.map(\.title))")
                    }
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func everyActionHasAKey() {
        let bound = Set(Keymap.all.flatMap(\.bindings).map(\.action))
        for action in Action.allCases { #expect(bound.contains(action), "\(action) has no key") }
    }
}
