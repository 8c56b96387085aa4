import Foundation
import KGCore

/// Writes one line to standard error as it is: problems that carry their own position
/// (`a.txt:4: error: …`), warnings and summaries, kept off standard output so that output
/// stays clean for pipes.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// `kg: note: …`: something a command wants the user to know that is not an error (what a
/// drawing left out, which file it wrote).
func printNote(_ message: String) {
    printError(Diagnostic(severity: .note, message: message).description)
}

/// An error a subcommand stops with. It carries only the reason: `KG.main` prints every error
/// that ends a command the same way, `kg: error: REASON`.
struct KGError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
