/// Something that takes input: a screen or an overlay. The shell gives each
/// event to ONE layer, the one on top (see `AppModel.topLayer`): that is the
/// only place the order of overlays and screens is written.
public protocol InputLayer: Sendable {
    /// The keymaps in force, first match wins; help and footer hints read the same list.
    var keymaps: [Keymap] { get }
    /// Whether the "Anywhere" keys (screens, help, quit, undo…) apply under
    /// this layer. False while typing text and in modal overlays.
    var takesShellKeys: Bool { get }
    /// Does what an action of `keymaps` names.
    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect]
    /// A key no keymap binds (typing text). nil: not handled here.
    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]?
    mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect]
}

extension InputLayer {
    public var takesShellKeys: Bool { true }
    public mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? { nil }
    public mutating func handle(_ mouse: MouseEvent, _ context: ScreenContext) -> [Effect] { [] }
}
