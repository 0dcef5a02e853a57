import ArgumentParser
import PeerMatchCore

struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: "List open follow-ups.",
        subcommands: [FollowUpsList.self],
        defaultSubcommand: FollowUpsList.self)
}

struct FollowUpsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Open follow-ups by due date, overdue first; those without a due date last.")

    @Flag(help: "Only overdue follow-ups.") var overdue = false
    @OptionGroup var data: DataOptions

    func run() throws {
        let forum = try data.folder.load()
        let today = Day.today()
        let list = forum.openFollowUps(today: today).filter { !overdue || $0.isOverdue }
        var table = TextTable([.init("session", maxWidth: 18), .init("due"), .init(""), .init("pair", maxWidth: 30),
                               .init("follow-up", maxWidth: 60)])
        for f in list {
            let s = f.session
            let when: String
            switch f.daysLeft {
            case nil: when = ""
            case let d? where d < 0: when = "overdue \(-d) d"
            case 0: when = "today"
            case let d?: when = "in \(d) d"
            }
            table.add([s.id, s.followUpDue?.description ?? "—", when, s.pair.description, s.followUp])
        }
        if !list.isEmpty { Console.write(table.render(), fd: 1) }
        Console.out("\(list.count.grouped) open follow-up\(list.count == 1 ? "" : "s")" + (overdue ? " overdue" : ""))
    }
}
