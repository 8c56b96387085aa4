import KGCore
/// A query that parsed but cannot be answered: an unknown or ambiguous name, a relation
/// the graph does not have. `offset` (Unicode scalars) points at the name when known.
public struct QueryError: DiagnosticConvertible, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int?

    public init(_ message: String, at offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    public var description: String {
        offset.map { "column \($0 + 1): \(message)" } ?? message
    }
}

extension QueryError {
    /// The time bound (`kg query --timeout`, `.timeout` in the shell) ran out.
    static func timedOut(after seconds: Double) -> QueryError {
        QueryError("stopped after \(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) s, the time limit; narrow the query or raise the limit (--timeout, .timeout in the shell)")
    }

    /// The memory bound of a pattern query was reached.
    static func tooManyBindings(_ bound: Int) -> QueryError {
        QueryError("stopped at \(bound) bindings, the memory limit; narrow the pattern (name an entity, a relation, a lower limit) or raise the limit (--max-bindings, .max-bindings in the shell)")
    }
}
