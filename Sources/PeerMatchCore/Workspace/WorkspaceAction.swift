/// One edit of the workspace, as a value: what the TUI's keys and the CLI's
/// commands produce, what undo/redo keep, and what the status line says
/// ("pin pune–accra").
public enum WorkspaceAction: Hashable, Sendable, CustomStringConvertible {
    case accept(PairKey)
    case reject(PairKey)
    case pin(PairKey)
    case unpin(PairKey)
    case exclude(PairKey, note: String)
    case unexclude(PairKey)
    case addPair(PairKey, note: String, override: Override?)
    case swapPeers(PairKey, PairKey, override: Override?)
    case end(PairKey, note: String)
    case repair(city: String)
    case pinRequest(peer: String)
    /// Runs the match again on what is left (pins and exclusions kept).
    case rerun

    /// Applies the action; `solver` is used only by `rerun`.
    public func apply(to w: Workspace, solver: Workspace.Solver = Workspace.engine) throws -> Workspace {
        switch self {
        case .accept(let k): try w.accept(k)
        case .reject(let k): try w.reject(k)
        case .pin(let k): try w.pin(k)
        case .unpin(let k): try w.unpin(k)
        case .exclude(let k, let note): try w.exclude(k, note: note)
        case .unexclude(let k): try w.unexclude(k)
        case .addPair(let k, let note, let override): try w.addPair(k, note: note, override: override)
        case .swapPeers(let a, let b, let override): try w.swapPeers(a, b, override: override)
        case .end(let k, let note): try w.end(k, note: note)
        case .repair(let city): try w.repair(city)
        case .pinRequest(let peer): try w.pinRequest(peer: peer)
        case .rerun: try w.solved(with: solver)
        }
    }

    public var description: String {
        switch self {
        case .accept(let k): "accept \(k)"
        case .reject(let k): "reject \(k)"
        case .pin(let k): "pin \(k)"
        case .unpin(let k): "unpin \(k)"
        case .exclude(let k, _): "exclude \(k)"
        case .unexclude(let k): "unexclude \(k)"
        case .addPair(let k, _, let o): "pair \(k)" + (o == nil ? "" : " (override)")
        case .swapPeers(let a, let b, _): "swap peers of \(a) and \(b)"
        case .end(let k, _): "end \(k)"
        case .repair(let city): "re-pair \(city)"
        case .pinRequest(let peer): "pin a request of \(peer)"
        case .rerun: "re-run the match"
        }
    }
}
