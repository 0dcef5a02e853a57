import ArgumentParser
import PeerMatchCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entry point: runs the command and turns every failure into the exit
/// status FORMATS.md promises (2 for bad usage, not argument-parser's 64).
@main
enum Main {
    static func main() {
        do {
            var command = try PeerMatch.parseAsRoot()
            try command.run()
            exit(0)
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            exit(failure.status)
        } catch let error as any PeerMatchError {
            Console.error(error.errorLine)
            exit(2)
        } catch {
            let code = PeerMatch.exitCode(for: error)
            if code == .success {
                PeerMatch.exit(withError: error)
            }
            Console.error(PeerMatch.fullMessage(for: error))
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A command's "no" or bad-input outcome, with its message already written.
struct CommandFailure: Error {
    var message: String
    var status: Int32

    /// Bad usage or bad input: exit 2.
    static func badInput(_ message: String) -> CommandFailure { .init(message: "error: \(message)", status: 2) }
    /// The command ran and the answer is "no": exit 1.
    static func no(_ message: String) -> CommandFailure { .init(message: message, status: 1) }
}
