import PeerMatchCore

/// A file's bytes, or nil when it does not exist.
func readFileBytes(_ path: String) throws -> [UInt8]? { try PlainFile.read(path) }

/// Replaces a file atomically (temporary file, fsync, rename).
func writeFileAtomically(_ bytes: [UInt8], to path: String) throws { try PlainFile.writeAtomically(bytes, to: path) }
