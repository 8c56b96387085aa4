/// A query that parsed but cannot be answered: an unknown or ambiguous name, a relation
/// the graph does not have. `offset` (Unicode scalars) points at the name when known.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
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
