/// How a cell looks. Every meaning is carried by an attribute that survives
/// monochrome (reverse, bold, underline); colour only adds to it, and is
/// dropped when `NO_COLOR` is set.
public struct Style: Hashable, Sendable {
    public enum Color: UInt8, Sendable, CaseIterable {
        case `default`, red, green, yellow, blue, magenta, cyan
    }

    public var reverse = false
    public var bold = false
    public var underline = false
    public var dim = false
    public var foreground: Color = .default

    public init(reverse: Bool = false, bold: Bool = false, underline: Bool = false, dim: Bool = false,
                foreground: Color = .default) {
        self.reverse = reverse
        self.bold = bold
        self.underline = underline
        self.dim = dim
        self.foreground = foreground
    }

    public static let plain = Style()
    public static let title = Style(reverse: true, bold: true)
    public static let heading = Style(bold: true, underline: true, foreground: .cyan)
    public static let emphasis = Style(bold: true)
    public static let muted = Style(dim: true)
    public static let warning = Style(bold: true, foreground: .red)
    /// Answers to what was just done, on the status line.
    public static let message = Style(bold: true, foreground: .yellow)
    /// A filter in force.
    public static let activeFilter = Style(bold: true, foreground: .green)
    /// A row that cannot be chosen now (e.g. a pilot with no capacity left).
    public static let unavailable = Style(dim: true, foreground: .red)
}
