import PeerMatchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Event → model → frame, over any terminal (the benchmark and tests use
/// `GridTerminal`). Also carries out the effects the model hands back: runs
/// background jobs (their progress and results come back between keys),
/// watches the data folder for changes by other processes, repaints,
/// opens an editor.
public struct EventLoop<T: Terminal> {
    public var terminal: T
    public let jobs: JobQueue
    /// How long to wait for input before looking at signals and the folder
    /// again (a job's report ends the wait at once, through its wake pipe).
    public var pollMilliseconds = 100
    /// How often the data folder is checked for changes by other processes.
    public var watchMilliseconds = 1000
    private var lastWatch = 0.0

    public init(terminal: T, jobs: JobQueue = JobQueue()) {
        self.terminal = terminal
        self.jobs = jobs
    }

    /// Starts the model (its first load), draws the first frame, then handles
    /// events until the model quits, or, with `stopWhenIdle`, until the
    /// terminal has nothing more and no job runs (an in-memory terminal runs dry).
    public mutating func run(_ model: inout AppModel, stopWhenIdle: Bool = false) {
        perform(model.start(), &model)
        draw(model)
        lastWatch = EventLoop.nowMilliseconds()
        while !model.shouldQuit {
            let event = terminal.nextEvent(timeoutMilliseconds: pollMilliseconds, wakeDescriptor: jobs.wakeDescriptor)
            var changed = false
            if let event {
                handle(&model, event)
                changed = true
            }
            if pump(&model) { changed = true }
            let now = EventLoop.nowMilliseconds()
            if now - lastWatch >= Double(watchMilliseconds) {
                lastWatch = now
                if watch(&model) { changed = true }
            }
            if changed, !model.shouldQuit { draw(model) }
            if event == nil, stopWhenIdle, jobs.isIdle { return }
        }
    }

    /// Handles one event and draws the result.
    public mutating func step(_ model: inout AppModel, _ event: InputEvent) {
        handle(&model, event)
        if !model.shouldQuit { draw(model) }
    }

    private mutating func handle(_ model: inout AppModel, _ event: InputEvent) {
        let effects = model.handle(event)
        if case .resize = event {} else if terminal.size != (model.width, model.height) {
            model.resize(width: terminal.size.width, height: terminal.size.height)
        }
        perform(effects, &model)
    }

    /// Hands what the jobs reported to the model; true when anything came.
    @discardableResult
    public mutating func pump(_ model: inout AppModel) -> Bool {
        let events = jobs.drain()
        for e in events { perform(model.handle(e), &model) }
        return !events.isEmpty
    }

    /// Tells the model when the data folder changed on disk; true when it did.
    @discardableResult
    public mutating func watch(_ model: inout AppModel) -> Bool {
        let stamp = FolderStamp(model.folder)
        guard model.isLoaded, stamp != model.diskStamp, stamp != model.dismissedStamp else { return false }
        perform(model.folderChanged(stamp), &model)
        return true
    }

    /// Carries out the effects only the world can: jobs, repaint, editor.
    public mutating func perform(_ effects: [Effect], _ model: inout AppModel) {
        for effect in effects {
            switch effect {
            case .run(let ticket): jobs.start(ticket)
            case .cancel(let id): jobs.cancel(id)
            case .repaint: terminal.invalidate()
            case .openEditor(let path):
                var status: Int32 = -1
                terminal.runOutside { status = EventLoop.runEditor(path) }
                terminal.invalidate()
                perform(model.apply([.deliver(.result(EditorResult(path: path, exitStatus: status), tag: "editor"))]), &model)
            default: break  // the model's own, already applied
            }
        }
    }

    /// Runs `$VISUAL`, else `$EDITOR`, else `vi` on a file; returns its exit status.
    static func runEditor(_ path: String) -> Int32 {
        let script = "exec ${VISUAL:-${EDITOR:-vi}} \"$1\""
        var pid: pid_t = 0
        let args = ["sh", "-c", script, "sh", path]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        guard posix_spawnp(&pid, "sh", nil, nil, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    public mutating func draw(_ model: AppModel) {
        terminal.present(model.frame())
    }

    static func nowMilliseconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }
}

/// What came back from `$EDITOR`: the file it had open and how it ended.
public struct EditorResult: Sendable, Equatable {
    public var path: String
    public var exitStatus: Int32
}
