import KGCore
import KGExport
import KGQuery
import KGStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell without the terminal: runs queries and dot-commands line by line and writes
/// results, so `kg shell` interactive, `kg shell < script`, `.read` and `kg query` behave
/// the same and tests can drive it with strings.
public final class ShellSession {
    public enum Outcome: Equatable { case ok, failed, quit }

    public private(set) var engine: QueryEngine?
    public var mode: OutputMode = .table
    public var timer = false
    /// Seconds a query may run (`.timeout`, `--timeout`); nil for no limit.
    public var timeout: Double?
    /// How many bindings a pattern may reach (`.max-bindings`, `--max-bindings`): its memory bound.
    public var maxBindings = QueryEngine.defaultMaxBindings
    public var bail = false
    /// What `dot` draws; `.draw` changes it (the same choices as `kg dot`'s options).
    public var drawing = DOTOptions()
    /// Interactive sessions show errors with a caret under the query; scripts get one line.
    public var interactive = false
    /// A single query given on the command line (`kg query`): it has no file or line to name,
    /// so its errors read `kg: error: …`, followed by the query with a caret under the position.
    public var commandLine = false
    /// Handed to the query engine: true once the user pressed Ctrl-C during the current query.
    /// Printing polls it too, so Ctrl-C also stops 100,000 rows scrolling by.
    public var isInterrupted: () -> Bool = { false }
    /// The terminal's width when results go to one (asked before each result, since the
    /// window can be resized); nil for a file or pipe. Tables are cut to fit it.
    public var terminalWidth: () -> Int? = { nil }
    /// Why writing to standard output failed (a full disk, a closed pipe). It ends the session:
    /// every input after it returns `.quit`, and the command reports it once.
    public private(set) var outputFailure: Error?
    private let standardOutput: (String) throws -> Void
    private let standardError: (String) -> Void
    /// Where `.output FILE` sends results; nil for standard output.
    private var outputFile: OutputFile?
    private var readDepth = 0

    public init(output: @escaping (String) throws -> Void, errors: @escaping (String) -> Void) {
        standardOutput = output
        standardError = errors
    }

    deinit { try? outputFile?.close() }

    func write(_ text: String) throws {
        guard !text.isEmpty else { return }
        if let outputFile { return try outputFile.write(text) }
        do {
            try standardOutput(text)
        } catch {
            outputFailure = error
            throw error
        }
    }

    func report(_ text: String) { standardError(text.hasSuffix("\n") ? text : text + "\n") }

    /// Opens a graph for querying, read-only; a missing file is an error, never a new graph.
    public func open(path: String) throws {
        guard access(path, F_OK) == 0 else {
            throw ShellError("no graph at \(path) (build one with kg ingest, or pass --db)")
        }
        let store = try Store(path: path, readOnly: true)
        let version = try store.schemaVersion
        guard version >= 1 else { throw ShellError("\(path) is not a kg graph (no schema version)") }
        let engine = QueryEngine(store: store)
        _ = try engine.snapshot
        self.engine = engine
    }

    /// Runs every line of a script; `source` names it in error messages (`stdin`, a path).
    /// Returns false when an error stopped it (with bail) or any error occurred.
    @discardableResult
    public func run(lines: some Sequence<String>, source: String) -> (outcome: Outcome, errors: Int) {
        var buffer = InputBuffer()
        var errors = 0
        var number = 0
        for line in lines {
            number += 1
            guard let input = buffer.add(line, lineNumber: number) else { continue }
            switch execute(input, source: source, line: buffer.firstLine) {
            case .quit: return (.quit, errors)
            case .failed:
                errors += 1
                if bail { return (.failed, errors) }
            case .ok: break
            }
        }
        if !buffer.isEmpty {
            errors += 1
            report(Diagnostic(source: source, line: buffer.firstLine,
                              message: "unfinished input at end (unclosed quote or trailing '\\')").description)
            if bail { return (.failed, errors) }
        }
        return (errors == 0 ? .ok : .failed, errors)
    }

    /// Runs one complete input: a dot-command, a query, or nothing (blank, `-- comment`).
    /// Once standard output has failed, every input (this one included) ends the session.
    public func execute(_ input: String, source: String = "stdin", line: Int = 1) -> Outcome {
        guard outputFailure == nil else { return .quit }
        let outcome = executeOnce(input, source: source, line: line)
        return outputFailure == nil ? outcome : .quit
    }

    private func executeOnce(_ input: String, source: String, line: Int) -> Outcome {
        let trimmed = input.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("//") { return .ok }
        if trimmed.hasPrefix(".") {
            do {
                return try dotCommand(trimmed)
            } catch let error as ShellError {
                // The offset counts from the command; the line may indent it.
                let indent = input.prefix(while: \.isWhitespace).unicodeScalars.count
                report(error.message, at: error.offset.map { indent + $0 }, in: input, source: source, line: line)
                return .failed
            } catch {
                reportError("\(error)", source: source, line: line)
                return .failed
            }
        }
        return query(input, source: source, line: line)
    }

    private func query(_ text: String, source: String, line: Int) -> Outcome {
        guard let engine else {
            reportError("no graph open; use .open FILE", source: source, line: line)
            return .failed
        }
        let started = monotonicNanoseconds()
        engine.isInterrupted = isInterrupted
        engine.timeout = timeout
        engine.maxBindings = maxBindings
        do {
            let result = try engine.run(text)
            if let subgraph = result.subgraph {
                try writeDOT(subgraph, to: result.outputPath)
            } else {
                let width = outputFile == nil ? terminalWidth() : nil
                try writeInterruptibly(ResultFormatter(mode: mode, width: width).format(result))
            }
            for note in result.notes {
                if mode == .table, result.subgraph == nil { try write(note + "\n") } else { report(note) }
            }
        } catch let error as QuerySyntaxError {
            report("syntax error: \(error.message)", at: error.offset, in: text, source: source, line: line)
            return .failed
        } catch let error as QueryError {
            report(error.message, at: error.offset, in: text, source: source, line: line)
            return .failed
        } catch {
            reportError("\(error)", source: source, line: line)
            return .failed
        }
        if timer {
            let elapsed = Double(monotonicNanoseconds() - started) / 1e6
            report("Run Time: \(formatMilliseconds(elapsed)) ms")
        }
        return .ok
    }

    /// An error without a position in the query: `error: …` at the prompt, `kg: error: …` for
    /// `kg query`, `SOURCE:LINE: error: …` in a script.
    private func reportError(_ message: String, source: String, line: Int) {
        // A failed write to standard output is the command's to report, once.
        guard outputFailure == nil else { return }
        if commandLine {
            report(Diagnostic(message: message).description)
        } else {
            report(interactive ? "error: \(message)" : Diagnostic(source: source, line: line, message: message).description)
        }
    }

    /// An error at `offset` (Unicode scalars) in the input `text`: `SOURCE:LINE:COL: error: …` in a
    /// script, a caret under the input at the prompt and for `kg query`.
    private func report(_ message: String, at offset: Int?, in text: String, source: String, line: Int) {
        guard let offset else {
            reportError(message, source: source, line: line)
            return
        }
        if commandLine {
            report(Diagnostic(message: message).description + "\n" + QuerySyntaxError.pointer(in: text, at: offset))
        } else if interactive {
            report(QuerySyntaxError.pointer(in: text, at: offset) + "\nerror: \(message)")
        } else {
            // A query continued over several lines: name the line the offset falls on.
            let extraLines = text.unicodeScalars.prefix(offset).filter { $0 == "\n" }.count
            report(Diagnostic(source: source, line: line + extraLines, column: QuerySyntaxError.column(in: text, at: offset),
                              message: message).description)
        }
    }

    /// Lines written between two polls of `isInterrupted`.
    static let linesPerInterruptPoll = 200

    /// Writes a result a few hundred lines at a time, stopping with `interrupted` at a Ctrl-C:
    /// formatting is quick, but a terminal takes seconds to scroll through 100,000 rows.
    private func writeInterruptibly(_ text: String) throws {
        var chunk = ""
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            chunk += line + "\n"
            lines += 1
            if lines == Self.linesPerInterruptPoll {
                if isInterrupted() { throw QueryError("interrupted (output stopped)") }
                try write(chunk)
                chunk = ""
                lines = 0
            }
        }
        if isInterrupted() { throw QueryError("interrupted (output stopped)") }
        try write(chunk)
    }

    private func writeDOT(_ subgraph: Subgraph, to path: String?) throws {
        guard let engine else { return }
        let dot = try DOTRendering.render(subgraph, store: engine.store, options: drawing)
        guard let path else { return try write(dot) }
        try OutputFile.write(dot, to: path)
    }

    // MARK: Dot-commands

    private func dotCommand(_ text: String) throws -> Outcome {
        let parts = text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
        let name = String(parts[0]).lowercased()
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace() : ""
        guard let command = DotCommand.named(name) else { throw ShellError("unknown command \(name); try .help", at: 0) }
        do {
            return try command.run(self, argument)
        } catch let error as ShellError where !argument.isEmpty {
            // A command's complaint about its argument points at the argument (or into it).
            let start = text.unicodeScalars.count - String(parts[1]).drop(while: \.isWhitespace).unicodeScalars.count
            throw ShellError(error.message, at: error.offset.map { start + $0 })
        }
    }

    /// `.mode table|json|tsv|csv`; without an argument, the current mode.
    func setMode(_ argument: String) throws {
        if argument.isEmpty { try write("current output mode: \(mode.rawValue)\n"); return }
        guard let mode = OutputMode(rawValue: argument.lowercased()) else {
            throw ShellError("unknown mode \"\(argument)\"; use table, json, tsv or csv", at: 0)
        }
        self.mode = mode
    }

    func writeStats() throws {
        guard let engine else { throw ShellError("no graph open; use .open FILE") }
        try write(ResultFormatter(mode: mode).format(try Self.stats(engine)))
    }

    /// `.draw concepts|titles|negated|evidence on|off`, `.draw min-evidence N`, `.draw min-confidence X`,
    /// `.draw limit N|none`;
    /// without an argument, the current settings.
    func draw(_ argument: String) throws {
        let words = argument.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == 2 else {
            guard words.isEmpty else { throw ShellError(".draw takes a setting and a value; see .help commands", at: 0) }
            let limit = drawing.limit.map(String.init) ?? "none"
            try write("concepts \(drawing.concepts ? "on" : "off"), titles \(drawing.titles ? "on" : "off"), "
                + "negated \(drawing.showNegated ? "on" : "off"), evidence \(drawing.evidence ? "on" : "off"), "
                + "min-evidence \(drawing.minEvidence), min-confidence \(drawing.minConfidence), limit \(limit)\n")
            return
        }
        let (setting, value) = (words[0].lowercased(), words[1])
        // Where the value starts in the argument, for errors about it.
        let valueOffset = argument.unicodeScalars.count - argument.drop(while: { !$0.isWhitespace }).drop(while: \.isWhitespace).unicodeScalars.count
        switch setting {
        case "concepts": drawing.concepts = try onOff(value, ".draw concepts", at: valueOffset)
        case "titles": drawing.titles = try onOff(value, ".draw titles", at: valueOffset)
        case "negated": drawing.showNegated = try onOff(value, ".draw negated", at: valueOffset)
        case "evidence": drawing.evidence = try onOff(value, ".draw evidence", at: valueOffset)
        case "min-evidence":
            guard let count = Int(value), count >= 1 else { throw ShellError(".draw min-evidence takes a whole number of at least 1", at: valueOffset) }
            drawing.minEvidence = count
        case "min-confidence":
            guard let floor = Double(value), (0...1).contains(floor) else {
                throw ShellError(".draw min-confidence takes a number between 0 and 1", at: valueOffset)
            }
            drawing.minConfidence = floor
        case "limit":
            if value.lowercased() == "none" { drawing.limit = nil; break }
            guard let count = Int(value), count >= 1 else { throw ShellError(".draw limit takes a whole number of at least 1, or none", at: valueOffset) }
            drawing.limit = count
        default:
            throw ShellError("unknown .draw setting \"\(setting)\"; use concepts, titles, negated, evidence, min-evidence, min-confidence or limit", at: 0)
        }
    }

    /// `on` or `off` (and their synonyms); `offset` is where `argument` starts in the command's.
    func onOff(_ argument: String, _ command: String, at offset: Int = 0) throws -> Bool {
        switch argument.lowercased() {
        case "on", "1", "yes", "true": return true
        case "off", "0", "no", "false": return false
        default: throw ShellError("\(command) takes on or off", at: offset)
        }
    }

    /// `.output FILE` writes results to FILE as they come (in place, like the sqlite3 shell);
    /// `.output` alone or `.output stdout` goes back to standard output.
    func redirect(_ argument: String) throws {
        let previous = outputFile
        outputFile = nil
        try previous?.close()
        guard !argument.isEmpty, argument != "stdout" else { return }
        outputFile = try OutputFile(path: Self.unquoted(argument), replacing: false)
    }

    func read(_ path: String) throws -> Outcome {
        guard readDepth < 16 else { throw ShellError(".read nested too deeply (a script that reads itself?)") }
        guard let file = fopen(path, "r") else { throw ShellError("cannot read \(path): \(String(cString: strerror(errno)))") }
        var lines: [String] = []
        defer { fclose(file) }
        while let line = Self.readLine(from: file) { lines.append(line) }
        readDepth += 1
        defer { readDepth -= 1 }
        let (outcome, _) = run(lines: lines, source: path)
        return outcome
    }

    /// One line from a C stream without its newline; nil at end of file.
    static func readLine(from file: UnsafeMutablePointer<FILE>) -> String? {
        var bytes: [UInt8] = []
        while true {
            let c = getc(file)
            if c == EOF { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if c == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(UInt8(c))
        }
    }

    static func unquoted(_ text: String) -> String {
        if text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    /// The counts of `kg stats`: entities are named nodes, concepts and literals counted apart.
    static func stats(_ engine: QueryEngine) throws -> QueryResult {
        let stats = try engine.store.stats()
        let counts = [
            ("articles", stats.articles), ("sentences", stats.sentences), ("entities", stats.entities),
            ("concepts", stats.concepts), ("literals", stats.literals), ("aliases", stats.aliases),
            ("mentions", stats.mentions), ("edges", stats.edges),
            ("trusted edges", stats.trustedEdges), ("evidence", stats.evidence),
            ("relations", stats.relations.count),
        ]
        var rows = counts.map { [$0.0, String($0.1)] }
        let top = stats.relations.prefix(5)
        if !top.isEmpty { rows.append(["top relations", top.map { "\($0.relation) (\($0.edges))" }.joined(separator: ", ")]) }
        return QueryResult(columns: ["item", "count"], rows: rows)
    }
}

/// A shell failure that is not a query error: a bad dot-command, an unreadable file. Like a
/// `QueryError`, it points into the input when it can: `offset` counts Unicode scalars from the
/// start of the dot-command, or, thrown by a command's code, from the start of its argument
/// (`ShellSession` adds the argument's place before reporting it).
public struct ShellError: DiagnosticConvertible, CustomStringConvertible {
    public var message: String
    public var offset: Int?

    public init(_ message: String, at offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    /// Without its input at hand (`kg shell --db` naming no graph), the diagnostic is the reason alone.
    public var description: String { message }
}

func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

func formatMilliseconds(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
