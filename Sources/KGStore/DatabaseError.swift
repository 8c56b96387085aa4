import CSQLite
import KGCore

/// An SQLite failure, with the result code, SQLite's message and the statement that failed.
public struct DatabaseError: DiagnosticConvertible, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String
    public var sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (in `\(sql)`)" }
        return text
    }
}
