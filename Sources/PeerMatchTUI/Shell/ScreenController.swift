/// One screen: its state, keymap, key and mouse handling, and drawing. A
/// tab's root screen is registered in `ScreenRegistry`; others (City,
/// Mentors) are pushed over it with `Effect.push`.
public protocol ScreenController: InputLayer {
    /// Draws into `context.body` (the shell draws the title and status lines).
    func render(_ context: ScreenContext, into grid: inout Grid)
    /// The window changed size: keep the selection on screen.
    mutating func resize(_ context: ScreenContext)
    /// The forum changed (loaded, reloaded, edited, undone): positions in the
    /// old catalog mean nothing now; keep the selection on the same city (by id).
    /// Returns false when the screen cannot stay (its city is gone): it is popped.
    mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool
    /// A result for this screen: from an overlay it opened or a background job it started.
    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect]
    /// The screen is on top of the shown tab again (its tab opened, a screen
    /// over it popped, the forum reloaded under it): a screen whose figures
    /// are computed in the background starts that work here.
    mutating func appear(_ context: ScreenContext) -> [Effect]
}

extension ScreenController {
    public mutating func resize(_ context: ScreenContext) {}
    public mutating func reload(from old: CityCatalog, _ context: ScreenContext) -> Bool { true }
    public mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] { [] }
    public mutating func appear(_ context: ScreenContext) -> [Effect] { [] }
}

/// A box drawn over the screens (help, filter chooser, confirmation, text
/// input). The top overlay takes every event; screens under it wait.
/// (An overlay is a screen that draws over the whole terminal, `context.screen`.)
public protocol OverlayController: ScreenController {}

extension OverlayController {
    public var takesShellKeys: Bool { false }
}
