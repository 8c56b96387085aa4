import ArgumentParser
import Foundation
import KGCore
import KGExport

@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph from news articles and explore it.",
        subcommands: [
            Ingest.self, Extract.self, Stats.self, Shell.self, Query.self, Dot.self, Export.self,
            Entities.self, Merge.self, Alias.self, Language.self, Bench.self, Worker.self,
        ]
    )

    /// ArgumentParser's own `main`, with one error style: whatever ends a command (a usage
    /// mistake, a missing graph, an unknown name) is printed as `kg: error: …` (ArgumentParser
    /// writes `Error: …`). Errors with a position are printed where they happen, as
    /// `PATH:LINE:COL: error: …`, and end the command with a bare `ExitCode`, which prints nothing;
    /// one that knows its place and ends the command is printed as its `Diagnostic`. A failed write
    /// to standard output is an error too (`kg: error: cannot write standard output: No space left
    /// on device`), except a closed pipe.
    static func main() {
        // A closed pipe then shows as EPIPE from write(), which ends the command quietly below.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as OutputFileError where error.isBrokenPipe {
            // `kg … | head`: the reader has all it wanted. Quiet, with the status a Unix tool
            // killed by SIGPIPE has (128 + 13), so `set -o pipefail` still sees it.
            Foundation.exit(128 + SIGPIPE)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status.isSuccess {
                if !message.isEmpty { print(message) }  // --help, --version
            } else if let located = error as? any DiagnosticConvertible {
                printError(located.diagnostic)
            } else if !message.isEmpty {
                printError(errorLine(message))
            }
            Foundation.exit(status.rawValue)
        }
    }

    /// `Error: REASON` (and a usage block after it) → `kg: error: REASON`.
    static func errorLine(_ message: String) -> String {
        let reason = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
        return Diagnostic(message: reason).description
    }
}
