import KGCore
/// A query the parser could not read: where it went wrong and what was expected there.
///
/// `offset` and `column` count Unicode scalars from the start of the query (column is 1-based),
/// so the shell can put a caret under the offending token.
public struct QuerySyntaxError: DiagnosticConvertible, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    /// True when more input could complete the query (an unclosed quote); the shell then
    /// asks for a continuation line instead of reporting the error.
    public var isIncomplete: Bool

    public init(_ message: String, at offset: Int, isIncomplete: Bool = false) {
        self.message = message
        self.offset = offset
        self.isIncomplete = isIncomplete
    }

    public var column: Int { offset + 1 }

    public var description: String { "column \(column): \(message)" }

    /// The query's line, a caret under the offending column, and the message.
    public func rendered(in query: String) -> String {
        Self.pointer(in: query, at: offset) + "\nsyntax error at column \(Self.column(in: query, at: offset)): \(message)"
    }

    /// The column (1-based) of `offset` within its own line of `query`.
    public static func column(in query: String, at offset: Int) -> Int {
        let before = query.unicodeScalars.prefix(offset)
        let lineStart = before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0
        return offset - lineStart + 1
    }

    /// Two lines: the line of `query` holding `offset`, and a caret under that column.
    public static func pointer(in query: String, at offset: Int) -> String {
        let scalars = Array(query.unicodeScalars)
        // Only the line holding the offset is shown; earlier lines shift the caret.
        var lineStart = 0
        var index = 0
        while index < min(offset, scalars.count) {
            if scalars[index] == "\n" { lineStart = index + 1 }
            index += 1
        }
        var lineEnd = lineStart
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var line = String.UnicodeScalarView()
        var caretPad = ""
        for (i, scalar) in scalars[lineStart..<lineEnd].enumerated() {
            // Tabs and control characters would shift the caret; show them as spaces.
            let shown: Unicode.Scalar = scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format ? " " : scalar
            line.append(shown)
            if lineStart + i < offset { caretPad += " " }
        }
        return "\(String(line))\n\(caretPad)^"
    }
}
