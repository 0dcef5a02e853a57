import ArgumentParser
import PeerMatchCore

struct SessionEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change fields of a session; the others stay.",
        discussion: "Give an option an empty value (--rating \"\") to clear that field.")

    @Argument(help: ArgumentHelp("The session's id.", valueName: "id")) var id: String
    @OptionGroup var fields: SessionFieldOptions
    @Flag(help: "Accept two cities that have no pairing.") var allowUnpaired = false
    @OptionGroup var data: DataOptions

    func run() throws {
        try data.folder.update { forum in
            guard let old = forum.session(id: id) else { throw SessionError.unknownSession(id) }
            _ = try forum.editSession(id: id, fields.applied(to: SessionDraft(old)), allowUnpaired: allowUnpaired)
        }
        Console.out("Updated session \(id).")
    }
}
