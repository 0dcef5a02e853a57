import PeerMatchCore

/// The interactive app; filled in by the TUI work.
public enum PeerMatchApp {}
