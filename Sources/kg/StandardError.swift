import Foundation
import KGCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one line to standard error as it is: problems that carry their own position
/// (`a.txt:4: error: …`), warnings and summaries, kept off standard output so that output
/// stays clean for pipes.
func printError(_ line: String) {
    writeStandardError(line + "\n")
}

/// Writes to standard error directly (no buffer to lose at exit). A failure is ignored: there
/// is nowhere left to report it, and it must not crash the command.
func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
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
