/// One problem as kg reports it: where, how bad, and what. Every error kg prints maps to one
/// (`Diagnostic(error)`), and every one prints one way, `description`.
public struct Diagnostic: DiagnosticConvertible, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning, note }

    /// The file, `-` for standard input, `stdin` for the shell's script on it; nil when the
    /// problem has no place (a usage mistake, a missing graph).
    public var source: String?
    /// 1-based, when known.
    public var line: Int?
    /// 1-based, in characters, when known.
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(source: String? = nil, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// The diagnostic an error maps to: its own when it has one, else its description as the message.
    public init(_ error: any Error) {
        if let convertible = error as? any DiagnosticConvertible {
            self = convertible.diagnostic
        } else {
            self.init(message: String(describing: error))
        }
    }

    /// `SOURCE:LINE:COLUMN: SEVERITY: MESSAGE`, the shape compilers use, so editors can jump to
    /// it; without a source the program stands in its place: `kg: error: MESSAGE` (or
    /// `kg: error: line 3: MESSAGE` for text that came without a name).
    public var description: String {
        guard let source else {
            return "kg: \(severity.rawValue): " + (line.map { "line \($0): " } ?? "") + message
        }
        let place = [source, line.map(String.init), line == nil ? nil : column.map(String.init)]
            .compactMap { $0 }.joined(separator: ":")
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// An error as kg reports it. Every error type of kg's conforms: one that knows its place (a file
/// and line, a column) gives it; one that does not gets the default, its description as the message.
public protocol DiagnosticConvertible: Error {
    var diagnostic: Diagnostic { get }
}

extension DiagnosticConvertible where Self: CustomStringConvertible {
    /// No place: the description is the message (`kg: error: DESCRIPTION`).
    public var diagnostic: Diagnostic { Diagnostic(message: description) }
}

extension Diagnostic {
    /// A diagnostic thrown as it is.
    public var diagnostic: Diagnostic { self }
}
