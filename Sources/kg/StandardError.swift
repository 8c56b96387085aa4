import Foundation
import KGCore
import KGExport

/// Writes one line to standard error as it is: problems that carry their own position
/// (`a.txt:4: error: …`), warnings and summaries, kept off standard output so that output
/// stays clean for pipes.
func printError(_ line: String) {
    writeStandardError(line + "\n")
}

/// Writes one diagnostic to standard error, printed the one way diagnostics print.
func printError(_ diagnostic: Diagnostic) {
    printError(diagnostic.description)
}

/// Writes to standard error directly (no buffer to lose at exit). A failure is ignored: there
/// is nowhere left to report it, and it must not crash the command.
func writeStandardError(_ text: String) {
    try? OutputFile.standardError.write(text)
}

/// `kg: note: …`: something a command wants the user to know that is not an error (what a
/// drawing left out, which file it wrote).
func printNote(_ message: String) {
    printError(Diagnostic(severity: .note, message: message))
}

/// An error a subcommand stops with. It carries only the reason: `KG.main` prints every error
/// that ends a command the same way, `kg: error: REASON`.
struct KGError: DiagnosticConvertible, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
