import Foundation

/// Writes one line to standard error: problems, warnings and summaries, kept off standard
/// output so that output stays clean for pipes.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
