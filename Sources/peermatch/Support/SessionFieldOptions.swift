import ArgumentParser
import PeerMatchCore

/// The session fields `session log` and `session edit` take. Each is
/// optional so `edit` changes only what it is given.
struct SessionFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Pilot city id (with --allow-unpaired: any city).", valueName: "id")) var pilot: String?
    @Option(help: ArgumentHelp("Peer city id (with --allow-unpaired: any other city).", valueName: "id")) var peer: String?
    @Option(help: ArgumentHelp("YYYY-MM-DD.", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("webinar, workshop, city-visit, knowledge-forum, exposure-visit or call.", valueName: "format"))
    var format: String?
    @Option(help: ArgumentHelp("Interest area id (\"\" for none).", valueName: "area")) var area: String?
    @Option(help: ArgumentHelp("How many people attended (\"\" for unknown).", valueName: "n")) var attendees: String?
    @Option(help: ArgumentHelp("1 to 5 (\"\" for none).", valueName: "n")) var rating: String?
    @Option(help: ArgumentHelp("What came of it.", valueName: "text")) var outcome: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp("What someone will do next.", valueName: "text"))
    var followUp: String?
    @Option(help: ArgumentHelp("When the follow-up is due, YYYY-MM-DD.", valueName: "date")) var due: String?
    @Option(help: ArgumentHelp("Other cities that attended (a webinar, a knowledge forum), comma-separated ids.", valueName: "a,b,c"))
    var cities: String?
    @Option(name: .customLong("milestone"), help: ArgumentHelp("A milestone id of the pair's goal this session reached (repeatable).", valueName: "id"))
    var milestones: [String] = []

    /// `draft` with every given option written over it.
    func applied(to draft: SessionDraft) -> SessionDraft {
        var d = draft
        if let pilot { d.pilot = pilot }
        if let peer { d.peer = peer }
        if let date { d.date = date }
        if let format { d.format = format }
        if let area { d.area = area }
        if let attendees { d.attendees = attendees }
        if let rating { d.rating = rating }
        if let outcome { d.outcome = outcome }
        if let followUp { d.followUp = followUp }
        if let due { d.due = due }
        if let cities { d.cities = cities.split(separator: ",").map { String($0).trimmingCharacters(in: " ") } }
        if !milestones.isEmpty { d.milestones = milestones }
        return d
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
