#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PeerMatchCore
import PeerMatchTestSupport
import Testing
@testable import PeerMatchTUI

/// The session log form: every problem inline under its field, the pair
/// chooser, the unpaired confirmation, the editors, edit, delete and undo.
@Suite(.serialized) struct SessionFormTests {
    static let labels = ["date", "pair", "format", "area", "attendees", "rating", "outcome", "follow-up", "due", "cities",
                         "milestones"]

    /// Focuses the field and replaces its text.
    static func set(_ app: inout AppDriver, _ label: String, _ value: String) {
        guard let form = app.model.screen(SessionFormScreen.self) else { Issue.record("no form open"); return }
        let target = labels.firstIndex(of: label)!
        for _ in 0..<((target - form.form.focus + labels.count) % labels.count) { app.press(.nextField) }
        for _ in 0..<(app.model.screen(SessionFormScreen.self)!.form.fields[target].value.count) { app.press(.deleteFormCharacter) }
        app.type(value)
    }

    /// The problem shown under the field, its wrapped lines joined.
    static func problem(_ app: AppDriver, under label: String) -> String? {
        let lines = app.lines
        guard let row = lines.firstIndex(where: { $0.hasPrefix(" " + label.padded(toWidth: Form.labelWidth) + " ") }) else { return nil }
        var text: [String] = []
        var r = row + 1
        let indent = String(repeating: " ", count: Form.labelWidth + 2)
        while r < lines.count - 2, lines[r].hasPrefix(indent), !lines[r].trimmingSpaces.isEmpty {
            text.append(lines[r].trimmingSpaces)
            r += 1
        }
        guard let first = text.first, first.hasPrefix("↳ ") else { return nil }
        text[0] = String(first.dropFirst(2))
        return text.joined(separator: " ")
    }

    static func openForm(selecting row: Int = 0) -> AppDriver {
        var app = SessionsFixture.app()
        for _ in 0..<row { app.press(.moveDown) }
        app.press(.logSession)
        return app
    }

    @Test func ctrlUClearsTheFieldSoAnotherPairCanBeSearched() {
        var app = Self.openForm()
        app.press(.nextField)
        #expect(app.lines[4].hasPrefix(" pair         chennai surat"))
        app.press(.clearFormField)
        #expect(app.model.screen(SessionFormScreen.self)?.form.fields[1].value == "")
        #expect(app.lines[4].trimmingSpaces.hasPrefix("pair") && !app.lines[4].contains("chennai surat"))
        app.type("chen")
        #expect(app.lines[4].contains("→ chennai–surat"))
        // Only the focused field is cleared.
        #expect(app.lines[3] == " date         2026-06-01")
        #expect(Keymap.sessionForm.binding(for: .clearFormField)?.keys == [.control("u")])
    }

    @Test func aFormWithProblemsAt80x24() {
        var app = Self.openForm()
        Self.set(&app, "rating", "9")
        Self.set(&app, "due", "2026-07-01")
        app.press(.submitForm)
        #expect(app.lines == [
            " PeerMatch   1 Cities   2 Match   3 Pairs  [4 Sessions]  5 Reports   Test Forum",
            "Log a session",
            "",
            " date         2026-06-01",
            " pair         chennai surat  → chennai–surat (1 of 1)",
            " format         ← → choose",
            "              ↳ a value is required",
            " area           flood-management · water-resilience · heat-islands",
            " attendees",
            " rating       9",
            "              ↳ expected a rating 1..5, got \"9\"",
            " outcome        Ctrl-E editor",
            " follow-up      Ctrl-E editor",
            " due          2026-07-01▏",
            "              ↳ a due date needs a follow-up to be due; write the follow-up too",
            " cities",
            " milestones     m1 alerts drafted · m2 procedure adopted · m3 drill held · m4 …",
            "", "", "", "", "",
            "3 fields to fix: format: a value is required │ fixture · 8 cities · 3 active pa…",
            "Tab next  Ctrl-E editor  Enter save  Esc cancel",
        ])
        #expect(app.screen[14, 6].style.foreground == .red)
    }

    @Test func everyValidationMessageIsShownUnderItsField() {
        let cases: [(row: Int, label: String, value: String, message: String)] = [
            (0, "date", "", "a value is required"),
            (0, "date", "2026-13-01", "expected a date YYYY-MM-DD, got \"2026-13-01\""),
            (0, "pair", "chennai atlantis", "unknown city id 'atlantis'"),
            (0, "format", "zoom", "expected a format (webinar, workshop, city-visit, knowledge-forum, exposure-visit, call), got \"zoom\""),
            (0, "area", "mars", "unknown interest area \"mars\"; known areas: "),
            (0, "attendees", "-3", "expected a whole number >= 0, got \"-3\""),
            (0, "rating", "0", "expected a rating 1..5, got \"0\""),
            (0, "due", "soon", "expected a date YYYY-MM-DD, got \"soon\""),
            (0, "due", "2026-07-01", "a due date needs a follow-up to be due; write the follow-up too"),
            (0, "cities", "atlantis", "unknown city id 'atlantis'"),
            (0, "milestones", "m9", "pair chennai–surat has no milestone 'm9'; its milestones: m1, m2, m3, m4"),
            (2, "milestones", "m1", "pair shenzhen–sao-paulo has no learning goal to tick; set one with `peermatch pair goal`"),
        ]
        for c in cases {
            var app = Self.openForm(selecting: c.row)
            if c.label != "format" { Self.set(&app, "format", "call") }
            Self.set(&app, c.label, c.value)
            app.press(.submitForm)
            let shown = Self.problem(app, under: c.label)
            #expect(shown?.hasPrefix(c.message) == true, "\(c.label)=\(c.value): \(shown ?? "nothing") in\n\(app.lines.joined(separator: "\n"))")
            #expect(app.model.screen(SessionFormScreen.self) != nil, "the form stays open")
            #expect(app.model.hasUnsavedEdits == false)
        }
    }

    @Test func thePairIsChosenFromActivePairingsByIncrementalSearch() {
        var app = Self.openForm()
        Self.set(&app, "pair", "s")
        #expect(app.screen.row(containing: "→ chennai–surat (1 of 2)") != nil)
        app.press(.nextChoice)
        #expect(app.screen.row(containing: "→ shenzhen–sao-paulo (2 of 2)") != nil)
        app.type("ão")  // São Paulo, accent and all
        #expect(app.screen.row(containing: "→ shenzhen–sao-paulo (1 of 1)") != nil)
        Self.set(&app, "format", "")
        app.press(.nextChoice)
        #expect(app.screen.row(containing: " format       webinar") != nil)
        // Areas: the pair's shared ones first (São Paulo and Shenzhen share e-mobility).
        Self.set(&app, "area", "")
        app.press(.nextChoice)
        #expect(app.screen.row(containing: " area         e-mobility") != nil)
    }

    @Test func loggingSavesAnUndoableEditAndSelectsTheNewSession() {
        var app = Self.openForm()
        Self.set(&app, "format", "workshop")
        Self.set(&app, "rating", "3")
        Self.set(&app, "outcome", "Shared the drainage model")
        Self.set(&app, "milestones", "m2")
        app.press(.submitForm)
        app.settle()
        #expect(app.model.screen(SessionFormScreen.self) == nil)
        #expect(app.lines[1].hasSuffix("4 of 4"))
        #expect(app.lines[6].hasPrefix("2026-06-01  chennai–surat             workshop         3"))
        #expect(app.screen.row(containing: "goal 2 of 4 milestones") != nil)
        #expect(app.screen.row(containing: "3 sessions, last today") != nil)
        app.press(.undo)
        app.settle()
        #expect(app.lines[1].hasSuffix("3 of 3"))
    }

    @Test func twoCitiesNotPairedAskFirst() {
        var app = Self.openForm()
        Self.set(&app, "pair", "pune surat")
        Self.set(&app, "format", "call")
        app.press(.submitForm)
        #expect(app.screen.row(containing: "pune and surat are not paired. Log the session") != nil)
        app.press(.decline)
        #expect(Self.problem(app, under: "pair")?.hasPrefix("pune and surat have no pairing") == true)
        #expect(app.model.hasUnsavedEdits == false)
        app.press(.submitForm)
        app.press(.confirm)
        app.settle()
        #expect(app.model.screen(SessionFormScreen.self) == nil)
        #expect(app.model.context.catalog.data.sessions.contains { $0.pilot == "pune" && $0.peer == "surat" })
    }

    @Test func editAndDeleteWithConfirmationAndUndo() {
        var app = SessionsFixture.app()
        app.press(.moveLast)
        app.press(.editSession)
        #expect(app.lines[1] == "Edit session s000003")
        Self.set(&app, "rating", "4")
        app.press(.submitForm)
        app.settle()
        #expect(app.lines[5].hasPrefix("2026-05-02  shenzhen–sao-paulo        call             4"))
        #expect(app.screen.row(containing: "⚑") == nil)  // the first rating is no longer low
        app.press(.deleteSession)
        #expect(app.screen.row(containing: "Delete session s000003?") != nil)
        app.press(.decline)
        #expect(app.lines[1].hasSuffix("3 of 3"))
        app.press(.deleteSession)
        app.press(.confirm)
        app.settle()
        #expect(app.lines[1].hasSuffix("2 of 3") || app.lines[1].hasSuffix("2 of 2"))
        app.press(.undo)
        app.settle()
        app.press(.undo)
        app.settle()
        #expect(app.model.context.catalog.data.session(id: "s000003")?.rating == 2)
    }

    @Test func longTextInTheEditorFromVISUAL() throws {
        let folder = TemporaryFolder()
        let script = folder.path + "/fake-editor.sh"
        let body = "#!/bin/sh\nprintf 'Agreed, on \"pumps\"; then\\nsecond line தமிழ்\\n' > \"$1\"\n"
        try PlainFile.writeAtomically(Array(body.utf8), to: script)
        chmod(script, 0o755)
        setenv("VISUAL", script, 1)
        defer { unsetenv("VISUAL") }
        var app = Self.openForm()
        Self.set(&app, "outcome", "draft")
        app.press(.editLongText)
        #expect(app.model.screen(SessionFormScreen.self)?.value(.outcome) == "Agreed, on \"pumps\"; then\nsecond line தமிழ்")
        #expect(app.screen.row(containing: "outcome written in the editor") != nil)
        #expect(app.screen.row(containing: "then⏎second line தமிழ்▏") != nil)
    }

    @Test func aFailingEditorChangesNothing() throws {
        setenv("VISUAL", "false", 1)
        defer { unsetenv("VISUAL") }
        var app = Self.openForm()
        Self.set(&app, "follow-up", "keep me")
        app.press(.editLongText)
        #expect(app.model.screen(SessionFormScreen.self)?.value(.followUp) == "keep me")
        #expect(app.screen.row(containing: "the editor ended with status 1; followUp not changed") != nil)
    }

    @Test func theBuiltInEditorWhenNoEditorIsSet() {
        var app = SessionsFixture.app()
        let context = app.model.context
        app.apply([.push(SessionFormScreen(draft: SessionDraft(date: "2026-06-01", pilot: "chennai", peer: "surat"), editing: nil,
                                           data: context.catalog.data, today: SessionsFixture.today, environment: [:]))])
        Self.set(&app, "follow-up", "Call")
        app.press(.editLongText)
        #expect(app.screen.row(containing: "┤ follow-up") != nil || app.screen.row(containing: "follow-up ") != nil)
        app.type(" the mayor")
        app.press(.newLine)
        app.type("then write")
        app.press(.finishEditing)
        #expect(app.model.screen(SessionFormScreen.self)?.value(.followUp) == "Call the mayor\nthen write")
        app.press(.editLongText)
        app.type(" more")
        app.press(.cancelEditing)
        #expect(app.model.screen(SessionFormScreen.self)?.value(.followUp) == "Call the mayor\nthen write")
    }
}
