extension String {
    /// The text as one Markdown table cell or inline run that reads as itself:
    /// Markdown's active characters backslash-escaped, `<` and `&` as entities
    /// (so no HTML tag or entity comes through), line breaks as spaces and
    /// control characters as U+FFFD.
    public var markdownEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~", "!":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case "\t", "\n", "\r": out += " "
            default:
                if scalar.isControlCharacter { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
