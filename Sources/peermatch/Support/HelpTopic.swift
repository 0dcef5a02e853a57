import ArgumentParser
import PeerMatchCore

/// `peermatch help TOPIC…`: argument-parser prints the root help and exits 0
/// for a topic that names no command; a typo must fail (exit 2) instead.
enum HelpTopic {
    /// The error message for `help` followed by an unknown command, or nil.
    static func unknownTopic(in arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var command: any ParsableCommand.Type = PeerMatch.self
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                let names = subcommands.map { $0._commandName }
                let close = Suggestions.closest(to: word, in: names)
                let path = (["peermatch"] + arguments.prefix { $0 != word }.dropFirst()).joined(separator: " ")
                return "no command '\(word)' in `\(path)`"
                    + (close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)")
                    + (names.isEmpty ? "; it has no subcommands" : "; its commands are \(names.joined(separator: ", "))")
            }
            command = next
        }
        return nil
    }
}
