#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeerMatchCore

/// The session log form, pushed over the Sessions screen: a new session or
/// an edit of one. Core's `SessionDraft` checks it; each problem is shown
/// under its field. Saving makes an undoable edit (`w` writes it).
struct SessionFormScreen: ScreenController {
    enum Slot: Int, CaseIterable {
        case date, pair, format, area, attendees, rating, outcome, followUp, due, cities, milestones
    }

    /// The session being edited; nil for a new one.
    let editing: String?
    var form: Form
    /// Which of the active pairings the pair field's text matches picks.
    var pairChoice = 0
    /// Problems are shown once the trainer tried to save.
    var triedToSave = false
    /// The long-text field handed to `$EDITOR`, and its temporary file.
    var editorField: Slot?
    let environment: [String: String]
    let today: Day

    init(draft: SessionDraft, editing: String?, data: ForumData, today: Day, environment: [String: String] = currentEnvironment()) {
        self.editing = editing
        self.today = today
        self.environment = environment
        let pair = draft.pilot.isEmpty ? "" : "\(draft.pilot) \(draft.peer)"
        form = Form([
            FormField("date", draft.date), FormField("pair", pair), FormField("format", draft.format),
            FormField("area", draft.area), FormField("attendees", draft.attendees), FormField("rating", draft.rating),
            FormField("outcome", draft.outcome), FormField("follow-up", draft.followUp), FormField("due", draft.due),
            FormField("cities", draft.cities.joined(separator: " ")), FormField("milestones", draft.milestones.joined(separator: " ")),
        ])
        refresh(data)
    }

    var keymaps: [Keymap] { [.sessionForm] }
    var takesShellKeys: Bool { false }

    var focused: Slot { Slot(rawValue: form.focus)! }

    func value(_ s: Slot) -> String { form.fields[s.rawValue].value }

    // MARK: The pair

    /// Active pairings whose ids or names hold the pair field's text (kept
    /// by `refresh`: at 8,000 pairings a key must not fold them all again).
    private(set) var candidates: [PairKey] = []
    /// Each active pairing with its ids and names folded, and the pairings
    /// they were made from: folded once per form, not per key.
    private var pairTexts: [(key: PairKey, text: String)] = []
    private var pairTextsFrom: [Pairing]?

    private mutating func findCandidates(_ data: ForumData) {
        if pairTextsFrom != data.pairings {
            let index = data.cityIndex()
            func name(_ id: String) -> String { index[id].map { data.cities[$0].name } ?? "" }
            pairTexts = data.pairings.filter(\.isActive).map { p in
                (p.key, SearchFolding.fold("\(p.pilot) \(p.peer) \(name(p.pilot)) \(name(p.peer))"))
            }
            pairTextsFrom = data.pairings
        }
        let query = SearchFolding.fold(value(.pair))
        candidates = pairTexts.compactMap { query.isEmpty || $0.text.contains(query) ? $0.key : nil }
    }

    /// The pair the form stands for: the chosen match, else two ids typed.
    func chosenPair(_ data: ForumData) -> PairKey? {
        if !candidates.isEmpty { return candidates[min(pairChoice, candidates.count - 1)] }
        let words = value(.pair).split(separator: " ").map(String.init)
        return words.count == 2 ? PairKey(pilot: words[0], peer: words[1]) : nil
    }

    func draft(_ data: ForumData) -> SessionDraft {
        let pair = chosenPair(data)
        func words(_ s: Slot) -> [String] { value(s).split(separator: " ").map(String.init) }
        let old = editing.flatMap(data.session(id:))
        return SessionDraft(date: value(.date), pilot: pair?.pilot ?? value(.pair), peer: pair?.peer ?? "",
                            format: value(.format), area: value(.area), attendees: value(.attendees),
                            rating: value(.rating), outcome: value(.outcome), followUp: value(.followUp), due: value(.due),
                            followUpDone: old?.followUpDone ?? false, cities: words(.cities), milestones: words(.milestones))
    }

    /// Hints and (once saving was tried) problems, from the data as it is.
    mutating func refresh(_ data: ForumData) {
        for i in form.fields.indices { form.fields[i].hint = ""; form.fields[i].problem = nil }
        findCandidates(data)
        if let pair = chosenPair(data) {
            form.fields[Slot.pair.rawValue].hint = candidates.isEmpty ? "→ not an active pairing"
                : "→ \(pair.pilot)–\(pair.peer) (\(min(pairChoice, candidates.count - 1) + 1) of \(candidates.count))"
            let areas = data.areaChoices(for: pair)
            form.fields[Slot.area.rawValue].hint = areas.prefix(3).joined(separator: " · ")
            if let goal = data.latestPairing(for: pair)?.goal {
                form.fields[Slot.milestones.rawValue].hint = goal.milestones.map { "\($0.id) \($0.text)" }.joined(separator: " · ")
            }
        } else {
            form.fields[Slot.pair.rawValue].hint = "no active pairing matches"
        }
        form.fields[Slot.format.rawValue].hint = SessionFormat(rawValue: value(.format)) == nil ? "← → choose" : ""
        form.fields[Slot.outcome.rawValue].hint = "Ctrl-E editor"
        form.fields[Slot.followUp.rawValue].hint = "Ctrl-E editor"
        guard triedToSave else { return }
        for p in draft(data).problems(in: data, allowUnpaired: false) {
            let slot: Slot = switch p.field {
            case .date: .date
            case .pilot, .peer: .pair
            case .format: .format
            case .area: .area
            case .attendees: .attendees
            case .rating: .rating
            case .outcome: .outcome
            case .followUp: .followUp
            case .due: .due
            case .cities: .cities
            case .milestones: .milestones
            }
            let f = slot.rawValue
            form.fields[f].problem = form.fields[f].problem.map { "\($0); \(p.message)" } ?? p.message
        }
    }

    // MARK: Keys

    mutating func perform(_ action: Action, _ context: ScreenContext) -> [Effect] {
        let data = context.catalog.data
        defer { refresh(data) }
        switch action {
        case .nextField: form.next()
        case .previousField: form.previous()
        case .deleteFormCharacter, .clearFormField:
            if action == .clearFormField { form.clear() } else { form.deleteLast() }
            if focused == .pair { pairChoice = 0 }
        case .nextChoice, .previousChoice: choose(step: action == .nextChoice ? 1 : -1, data)
        case .cancelForm: return [.pop, .message(editing == nil ? "session not logged" : "session not changed")]
        case .editLongText: return editLongText()
        case .submitForm: return submit(data, allowUnpaired: false)
        default: break
        }
        return []
    }

    mutating func type(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard case .character(let c) = key else { return nil }
        form.type(c)
        if focused == .pair { pairChoice = 0 }
        refresh(context.catalog.data)
        return []
    }

    /// ← → step through the pair's matches, the formats, or the areas (the pair's shared ones first).
    private mutating func choose(step: Int, _ data: ForumData) {
        func cycle(_ options: [String]) {
            guard !options.isEmpty else { return }
            let i = options.firstIndex(of: value(focused)).map { ($0 + step + options.count) % options.count } ?? (step > 0 ? 0 : options.count - 1)
            form.fields[form.focus].value = options[i]
        }
        switch focused {
        case .pair:
            let n = candidates.count
            if n > 0 { pairChoice = (min(pairChoice, n - 1) + step + n) % n }
        case .format: cycle(SessionFormat.allCases.map(\.rawValue))
        case .area: cycle(chosenPair(data).map(data.areaChoices(for:)) ?? data.forum.areaIDs)
        case .rating: cycle(["1", "2", "3", "4", "5"])
        default: break
        }
    }

    private mutating func editLongText() -> [Effect] {
        guard focused == .outcome || focused == .followUp else {
            return [.message("the editor is for the outcome and the follow-up")]
        }
        let hasEditor = !(environment["VISUAL"] ?? "").isEmpty || !(environment["EDITOR"] ?? "").isEmpty
        guard hasEditor else {
            return [.openOverlay(MultilineEditorOverlay(title: form.fields[form.focus].label, text: value(focused),
                                                        tag: form.fields[form.focus].label))]
        }
        let path = SessionFormScreen.temporaryPath(focused)
        do {
            try PlainFile.writeAtomically(Array((value(focused) + "\n").utf8), to: path)
        } catch {
            return [.message("cannot write \(path) for the editor: \(error)")]
        }
        editorField = focused
        return [.openEditor(path: path)]
    }

    static func temporaryPath(_ slot: Slot) -> String {
        let folder = currentEnvironment()["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return "\(folder)/peermatch-\(getpid())-\(slot).txt"
    }

    /// Checks the draft; a pair that is not paired asks first; then the edit.
    private mutating func submit(_ data: ForumData, allowUnpaired: Bool) -> [Effect] {
        triedToSave = true
        let d = draft(data)
        let problems = d.problems(in: data, allowUnpaired: allowUnpaired)
        guard !problems.isEmpty else { return [.pop] + save(d, data, allowUnpaired: allowUnpaired) }
        // Only the pairing is wrong: the trainer may log it anyway, after a yes.
        let pairingOnly = problems.allSatisfy { p in
            switch p.problem { case .notPaired, .wrongRole: true; default: false }
        }
        if pairingOnly && !allowUnpaired && d.problems(in: data, allowUnpaired: true).isEmpty {
            return [.openOverlay(ConfirmationOverlay(
                question: "\(d.pilot) and \(d.peer) are not paired. Log the session anyway?",
                detail: problems.map(\.message).joined(separator: "; "),
                onConfirm: [.deliver(.result(true, tag: "log-unpaired"))]))]
        }
        return [.message("\(problems.count) field\(problems.count == 1 ? "" : "s") to fix: \(problems[0].description)")]
    }

    private func save(_ d: SessionDraft, _ data: ForumData, allowUnpaired: Bool) -> [Effect] {
        if let id = editing {
            return [.edit(ReversibleEdit("edit session \(id)") { data in
                _ = try data.editSession(id: id, d, allowUnpaired: allowUnpaired)
            }), .deliver(.result(id, tag: "session-saved"))]
        }
        var rng = SystemRandomNumberGenerator()
        let id = data.freshSessionID(date: Day(d.date) ?? today, using: &rng)
        return [.edit(ReversibleEdit("log session \(id) \(d.pilot)–\(d.peer)") { data in
            data.insertSession(try d.session(id: id, in: data, allowUnpaired: allowUnpaired))
        }), .deliver(.result(id, tag: "session-saved"))]
    }

    mutating func receive(_ message: ShellMessage, _ context: ScreenContext) -> [Effect] {
        let data = context.catalog.data
        defer { refresh(data) }
        switch message {
        case .result(_, tag: "log-unpaired"):
            return submit(data, allowUnpaired: true)
        case .result(let r as EditorResult, tag: "editor"):
            guard let slot = editorField else { return [] }
            editorField = nil
            defer { unlink(r.path) }
            guard r.exitStatus == 0 else { return [.message("the editor ended with status \(r.exitStatus); \(slot) not changed")] }
            guard let bytes = try? PlainFile.read(r.path) else { return [.message("cannot read \(r.path) back; \(slot) not changed")] }
            var text = String(decoding: bytes, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            form.fields[slot.rawValue].value = text
            return [.message("\(form.fields[slot.rawValue].label) written in the editor")]
        case .text(let text, let tag):
            guard let i = form.fields.firstIndex(where: { $0.label == tag }) else { return [] }
            form.fields[i].value = text
            return []
        default: return []
        }
    }

    func render(_ context: ScreenContext, into grid: inout Grid) {
        let (bar, rest) = context.body.splitTop(1)
        grid.fill(bar)
        let title = editing.map { "Edit session \($0)" } ?? "Log a session"
        grid.put(title, x: bar.x, y: bar.y, style: .emphasis)
        form.render(in: Rect(x: rest.x + 1, y: rest.y + 1, width: max(0, rest.width - 2), height: max(0, rest.height - 1)), into: &grid)
    }
}
