/// A field of the session log form and of `session log`/`session edit`; each
/// validation problem names one, so the form can show it next to the field.
public enum SessionField: String, CaseIterable, Sendable {
    case date, pilot, peer, format, area, attendees, rating, outcome
    case followUp = "follow-up"
    case due, cities, milestones
}
