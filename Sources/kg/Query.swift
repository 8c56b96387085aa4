import ArgumentParser
import KGExport
import KGShell

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kg query 'path Romania -> Russia'`: one query, printed in the chosen mode.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one query (the shell's language) and print its result.",
        discussion: "Example: kg query --db graph.sqlite --mode json 'Biden -[*]-> ?x'")

    @Argument(help: "The query, e.g. 'path Romania -> Russia'.")
    var query: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Output mode: table, json, tsv or csv.")
    var mode: String = "table"

    @OptionGroup var bounds: QueryBounds

    func run() throws {
        let session = try ShellCommandSupport.session(mode: mode, path: store.path, bounds: bounds)
        session.commandLine = true
        let (outcome, errors) = session.run(lines: [query], source: "query")
        if let failure = session.outputFailure { throw failure }
        if outcome == .failed || errors > 0 { throw ExitCode(1) }
    }
}

/// What `kg shell` and `kg query` share: a session on the graph, printing to stdout/stderr.
enum ShellCommandSupport {
    static func session(mode: String, path: String, bounds: QueryBounds) throws -> ShellSession {
        guard let outputMode = OutputMode(rawValue: mode.lowercased()) else {
            throw ValidationError("unknown mode \"\(mode)\"; use table, json, tsv or csv")
        }
        let session = ShellSession(output: { try OutputFile.standardOutput.write($0) }, errors: writeStandardError)
        session.mode = outputMode
        session.timeout = bounds.timeout
        session.maxBindings = bounds.maxBindings
        session.terminalWidth = terminalWidth
        try session.open(path: path)
        return session
    }

    /// The width of the terminal standard output goes to, or nil when it goes to a file or pipe.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
