import ArgumentParser
import KGQuery
import KGShell

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kg shell`: the interactive explorer, or a script runner when stdin is not a terminal.
struct Shell: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explore the graph with queries (interactive, or a script on stdin).",
        discussion: """
        Type .help inside the shell for the query language. Piped input runs as a script:
          kg shell --db graph.sqlite < queries/paths.kgq
        History is kept in $XDG_STATE_HOME/kg/history (or ~/.local/state/kg/history) for terminal sessions.
        """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Output mode: table, json, tsv or csv.")
    var mode: String = "table"

    @Flag(help: "Stop at the first error and exit non-zero.")
    var bail = false

    @OptionGroup var bounds: QueryBounds

    func run() throws {
        let session = try ShellCommandSupport.session(mode: mode, path: store.path, bounds: bounds)
        session.bail = bail
        if isatty(STDIN_FILENO) != 0 {
            try runInteractive(session)
            return
        }
        // Lines are read as they come, so a program feeding queries through a pipe gets each
        // answer before it sends the next.
        let lines = AnySequence { AnyIterator { readLine(strippingNewline: true) } }
        let (outcome, errors) = session.run(lines: lines, source: "stdin")
        if let failure = session.outputFailure { throw failure }
        if outcome == .failed || errors > 0 { throw ExitCode(1) }
    }

    private func runInteractive(_ session: ShellSession) throws {
        session.interactive = true
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath())
        // Completion follows the graph: after .open, and after another process wrote to it.
        var completedGraph: GraphSnapshot?
        func refreshCompletion() {
            guard let graph = try? session.engine?.snapshot, graph !== completedGraph else { return }
            let spellings = graph.spellingsForCompletion
            editor.setNames(spellings.named, concepts: spellings.concepts)
            completedGraph = graph
        }
        refreshCompletion()
        print("kg shell — .help for help, .quit or Ctrl-D to leave")
        var buffer = InputBuffer()
        var lineNumber = 0
        while true {
            switch editor.readLine(prompt: buffer.isEmpty ? "kg> " : "...> ") {
            case .end:
                print()
                return
            case .interrupted:
                buffer.reset()
            case .line(let line):
                lineNumber += 1
                guard let input = buffer.add(line, lineNumber: lineNumber) else { continue }
                editor.remember(input)
                let pressed = editor.interruptions
                session.isInterrupted = { editor.interruptions != pressed }
                if session.execute(input) == .quit {
                    if let failure = session.outputFailure { throw failure }
                    return
                }
                refreshCompletion()
            }
        }
    }
}
