/// Pins and exclusions travel with pairings in the JSON that `export
/// pairings --format json` writes; importing it brings them back.
extension ForumImport {
    /// How many pins and exclusions an import added.
    public struct LinkSummary: Equatable, Sendable, CustomStringConvertible {
        public var pinsAdded = 0
        public var exclusionsAdded = 0

        public var description: String {
            "\(pinsAdded) pin\(pinsAdded == 1 ? "" : "s") and \(exclusionsAdded) exclusion\(exclusionsAdded == 1 ? "" : "s") added"
        }
    }

    /// Adds the pins and exclusions (with notes) to the forum; ones already
    /// there are kept. Every id must name a city of the right role, and every
    /// pin must be one `match` can keep (refused with the match's sentence);
    /// otherwise nothing changes.
    public static func mergeLinks(_ links: PairingCodec.Links, into data: inout ForumData, file: String) throws -> LinkSummary {
        let rules = ReferenceRules(data: data)
        for (kind, keys) in [("pin", links.pins), ("exclusion", links.exclusions)] {
            for k in keys {
                for (id, role) in [(k.pilot, CityRole.pilot), (k.peer, .peer)] {
                    if let problem = rules.problem(city: id, role: role) {
                        throw ImportError(file: file, record: "\(kind) \(k)", problem: problem)
                    }
                }
            }
        }
        var d = data
        let pins = Set(d.pins), exclusions = Set(d.exclusions)
        var summary = LinkSummary()
        for k in links.pins where !pins.contains(k) { d.pins.append(k); summary.pinsAdded += 1 }
        for k in links.exclusions where !exclusions.contains(k) { d.exclusions.append(k); summary.exclusionsAdded += 1 }
        for (k, note) in links.exclusionNotes where d.exclusionNotes[k] == nil { d.exclusionNotes[k] = note }
        d.pins = Array(Set(d.pins)).sorted()
        d.exclusions = Array(Set(d.exclusions)).sorted()
        d.normalize()
        if let problem = PinCheck.problems(in: d).first { throw problem }
        data = d
        return summary
    }
}
