/// docs/KEYS.md, generated from the keymaps (a test regenerates it and
/// fails on any difference, so the document cannot drift).
public enum KeyReference {
    public static func markdown(_ keymaps: [Keymap] = Keymap.all) -> String {
        var out = """
            # Keys of the terminal app

            Generated from the keymaps in `Sources/PeerMatchTUI/Keys/Keymap.swift` by
            `KeyReference.markdown()`; `swift test` fails when this file differs. To
            regenerate: `PEERMATCH_WRITE_KEYS=1 swift test --filter KeysDocTests`.
            The same tables drive the `?` help overlay and the hints on the status line
            (marked *footer* below). Mouse: a click selects a row or a screen tab, a
            click on a column title sorts by it (again: reversed), the wheel scrolls.

            """
        for keymap in keymaps {
            out += "\n## \(keymap.title)\n\n| keys | action | what it does | footer |\n| --- | --- | --- | --- |\n"
            for b in keymap.bindings {
                let keys = b.keys.map { "`\($0.label == "`" ? "backtick" : $0.label)`" }.joined(separator: " ")
                out += "| \(keys) | `\(b.action.rawValue)` | \(b.description) | \(b.footerLabel.map { "*\($0)*" } ?? "") |\n"
            }
        }
        return out
    }
}
