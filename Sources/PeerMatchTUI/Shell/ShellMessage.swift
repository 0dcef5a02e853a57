import PeerMatchCore

/// A result handed to the screen under the overlays: what an overlay chose,
/// or what a background job a screen started computed.
public enum ShellMessage: Sendable {
    /// The filter chooser's choice.
    case filter(CityListFilter)
    /// Show this city (by id), e.g. the partner chosen in Mentors.
    case city(String)
    /// The text input overlay's text, with the tag the screen opened it with.
    case text(String, tag: String)
    /// A screen's own background result (a solve, a report), tagged.
    case result(any Sendable, tag: String)
}
