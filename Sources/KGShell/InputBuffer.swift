/// Collects input lines until they form a whole query: a line ending in `\` continues on
/// the next line, and so does a line inside an unclosed quote.
public struct InputBuffer: Sendable {
    public private(set) var text = ""
    /// Line number (1-based) where the pending query started.
    public private(set) var firstLine = 0

    public init() {}

    public var isEmpty: Bool { text.isEmpty }

    /// Adds a line; returns the whole query once it is complete.
    public mutating func add(_ line: String, lineNumber: Int) -> String? {
        if text.isEmpty { firstLine = lineNumber }
        var line = Substring(line)
        if line.last == "\r" { line.removeLast() }
        if !text.isEmpty { text += Self.hasOpenQuote(text) ? "\n" : " " }
        if line.last == "\\", !Self.hasOpenQuote(text + line.dropLast()) {
            text += line.dropLast()
            return nil
        }
        text += line
        if Self.hasOpenQuote(text) { return nil }
        defer { text = "" }
        return text
    }

    public mutating func reset() { text = "" }

    /// Whether `text` ends inside a quoted string (the lexer's quoting rules: `"` anywhere,
    /// `'` only where a word starts, `\` escapes inside quotes).
    static func hasOpenQuote(_ text: some StringProtocol) -> Bool {
        var quote: Character?
        var escaped = false
        var previous: Character = " "
        for character in text {
            defer { previous = character }
            if let open = quote {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == open { quote = nil }
            } else if character == "\"" || (character == "'" && !(previous.isLetter || previous.isNumber)) {
                // A dot-command line is not a query; quotes there are literal.
                if text.first == "." { return false }
                quote = character
            }
        }
        return quote != nil
    }
}
