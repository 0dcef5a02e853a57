import PeerMatchCore
import PeerMatchTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import PeerMatchTUI

/// Drives the app like a person, by action name: `press(.openPartners)`
/// sends the key the keymap in force binds to that action, so a test also
/// fails when the binding is missing.
struct AppDriver {
    var model: AppModel
    var loop: EventLoop<GridTerminal>

    init(_ data: ForumData = Fixtures.multilingualForum(), width: Int = 80, height: Int = 24) {
        model = AppModel(data: data, folder: DataFolder(path: "fixture"), width: width, height: height)
        loop = EventLoop(terminal: GridTerminal(width: width, height: height))
        loop.draw(model)
    }

    /// An app on a real data folder, loaded as `peermatch` does: the
    /// "loading…" frame, the load in the background, then the table.
    init(folder: DataFolder, width: Int = 80, height: Int = 24) {
        model = AppModel(folder: folder, width: width, height: height)
        loop = EventLoop(terminal: GridTerminal(width: width, height: height))
        loop.perform(model.start(), &model)
        loop.draw(model)
    }

    /// Carries out effects as if a controller had returned them, then draws.
    mutating func apply(_ effects: [Effect]) {
        loop.perform(model.apply(effects), &model)
        loop.draw(model)
    }

    /// Waits (up to 10 s) until no job runs, handing their events to the model; then draws.
    mutating func settle(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for _ in 0..<10_000 {
            loop.pump(&model)
            if loop.jobs.isIdle { break }
            usleep(1000)
        }
        loop.pump(&model)
        #expect(loop.jobs.isIdle, "a job is still running", sourceLocation: sourceLocation)
        loop.draw(model)
    }

    /// What the event loop does every second: look at the data folder.
    mutating func watch() {
        loop.watch(&model)
        loop.draw(model)
    }

    /// Hands job events that arrived to the model, then draws.
    mutating func pump() {
        loop.pump(&model)
        loop.draw(model)
    }

    var screen: Grid { loop.terminal.frame }
    var lines: [String] { screen.lines }

    mutating func press(_ action: Action, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let key = model.activeKeymaps.lazy.compactMap({ $0.binding(for: action)?.keys.first }).first else {
            Issue.record("\(action) is not bound in the keymaps in force: \(model.activeKeymaps.map(\.title))",
                         sourceLocation: sourceLocation)
            return
        }
        loop.step(&model, .key(key))
    }

    /// Types text (a search), character by character.
    mutating func type(_ text: String) {
        for c in text { loop.step(&model, .key(.character(c))) }
    }

    mutating func resize(width: Int, height: Int) {
        loop.terminal.resize(width: width, height: height)
        if let event = loop.terminal.nextEvent(timeoutMilliseconds: 0) { loop.step(&model, event) }
    }

    mutating func click(x: Int, y: Int) { loop.step(&model, .mouse(MouseEvent(.press, x: x, y: y))) }
}

/// Compares a whole screen with the lines expected (trailing spaces
/// ignored); on failure prints both screens.
func expectScreen(_ grid: Grid, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let actual = grid.lines
    var wanted = expected
    while wanted.count < actual.count { wanted.append("") }
    if actual != wanted {
        let diff = zip(actual, wanted).enumerated().filter { $0.element.0 != $0.element.1 }.map { "row \($0.offset)" }
        Issue.record("""
            screen differs (\(diff.joined(separator: ", "))).
            --- actual ---
            \(actual.joined(separator: "\n"))
            --- expected ---
            \(wanted.joined(separator: "\n"))
            """, sourceLocation: sourceLocation)
    }
}

/// The cell column where `needle` starts on a row, if it does.
func cellColumn(of needle: String, row: Int, in grid: Grid) -> Int? {
    for x in 0..<grid.width where !grid[x, row].isContinuation {
        if grid.text(x: x, y: row, length: grid.width - x).hasPrefix(needle) { return x }
    }
    return nil
}
