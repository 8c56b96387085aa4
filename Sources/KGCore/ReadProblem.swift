/// Something wrong with one input, reported by `ArticleReader` alongside the articles it could read.
///
/// An `.error` means the run should end with a non-zero status: the input (or one JSON-lines
/// record) was skipped, or, for invalid UTF-8 only, read with replacement characters. A
/// `.warning` is information about an article that was read in full (for example one split into
/// parts). Callers print `description` on standard error and exit non-zero at the end of the
/// run if any error was seen.
public struct ReadProblem: DiagnosticConvertible, Sendable, Hashable, CustomStringConvertible {
    public typealias Severity = Diagnostic.Severity

    /// The path as given (or found in a folder), or `-` for standard input.
    public var source: String
    /// 1-based line in `source`, when the problem has one (JSON lines, invalid UTF-8).
    public var line: Int?
    public var reason: String
    public var severity: Severity

    public init(source: String, line: Int? = nil, reason: String, severity: Severity = .error) {
        self.source = source
        self.line = line
        self.reason = reason
        self.severity = severity
    }

    public var isError: Bool { severity == .error }

    public var diagnostic: Diagnostic { Diagnostic(source: source, line: line, severity: severity, message: reason) }

    public var description: String { diagnostic.description }
}
