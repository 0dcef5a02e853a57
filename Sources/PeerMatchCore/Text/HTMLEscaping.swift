extension String {
    /// The text made safe for HTML and SVG text and attribute values: `& < > " '`
    /// as entities, and control characters (which XML forbids and which could
    /// hide text) as U+FFFD. Tabs and line breaks become spaces.
    public var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out += " "
            default:
                if scalar.isControlCharacter { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls and DEL: never shown as text.
    var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
