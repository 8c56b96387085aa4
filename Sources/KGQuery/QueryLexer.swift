/// Splits a query into tokens. Characters the language does not use become `.symbol`
/// tokens for the parser to reject (or `find` to search for); only an unclosed quote fails here.
struct QueryLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    static func tokens(_ text: String) throws(QuerySyntaxError) -> [QueryToken] {
        var lexer = QueryLexer(text)
        var tokens: [QueryToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    private func starts(with text: String) -> Bool {
        var i = index
        for s in text.unicodeScalars {
            guard i < scalars.count, scalars[i] == s else { return false }
            i += 1
        }
        return true
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
            || s.properties.generalCategory == .nonspacingMark
            || "_.'’&:/+".unicodeScalars.contains(s)
    }

    private mutating func next() throws(QuerySyntaxError) -> QueryToken {
        while let s = peek(), s.properties.isWhitespace { index += 1 }
        let start = index
        guard let s = peek() else { return QueryToken(kind: .end, offset: start, length: 0) }

        func symbol(_ kind: QueryToken.Kind, _ length: Int) -> QueryToken {
            index += length
            return QueryToken(kind: kind, offset: start, length: length)
        }
        if starts(with: "<-[") { return symbol(.openBackEdge, 3) }
        if starts(with: "]->") { return symbol(.closeArrow, 3) }
        if starts(with: "]-") { return symbol(.closeEdge, 2) }
        if starts(with: "->") { return symbol(.arrow, 2) }
        if starts(with: "--") { return symbol(.dashDash, 2) }
        if starts(with: "-[") { return symbol(.openEdge, 2) }
        switch s {
        case "|": return symbol(.bar, 1)
        case "*": return symbol(.star, 1)
        case ",": return symbol(.comma, 1)
        case ">": return symbol(.greater, 1)
        case "\"", "'": return try string(quote: s)
        case "?":
            index += 1
            let name = wordText()
            guard !name.isEmpty else { return QueryToken(kind: .symbol("?"), offset: start, length: 1) }
            return QueryToken(kind: .variable(name), offset: start, length: index - start)
        case "#":
            index += 1
            let digits = wordText()
            guard let id = Int(digits) else {
                index = start + 1
                return QueryToken(kind: .symbol("#"), offset: start, length: 1)
            }
            return QueryToken(kind: .entityID(id), offset: start, length: index - start)
        default: break
        }
        let word = wordText()
        guard !word.isEmpty else {
            index += 1
            return QueryToken(kind: .symbol(Self.visible(s)), offset: start, length: 1)
        }
        return QueryToken(kind: .word(word), offset: start, length: index - start)
    }

    /// A run of word characters; an inner hyphen joins parts (`Al-Aqsa`, `2024-05-01`)
    /// but never starts an arrow.
    private mutating func wordText() -> String {
        var text = String.UnicodeScalarView()
        while let s = peek() {
            if Self.isWordScalar(s) {
                text.append(s)
                index += 1
            } else if s == "-", !text.isEmpty, let after = peek(1), after.properties.isAlphabetic
                        || after.properties.numericType != nil {
                text.append(s)
                index += 1
            } else {
                break
            }
        }
        return String(text)
    }

    private mutating func string(quote: Unicode.Scalar) throws(QuerySyntaxError) -> QueryToken {
        let start = index
        index += 1
        var text = String.UnicodeScalarView()
        while let s = peek() {
            index += 1
            if s == quote {
                return QueryToken(kind: .string(String(text)), offset: start, length: index - start)
            }
            if s == "\\", let escaped = peek() {
                index += 1
                text.append(escaped)
            } else {
                text.append(s)
            }
        }
        throw QuerySyntaxError("unclosed quote", at: start, isIncomplete: true)
    }

    /// Shows control and invisible characters by their code point.
    static func visible(_ s: Unicode.Scalar) -> String {
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            "U+" + String(s.value, radix: 16, uppercase: true)
        default:
            String(s)
        }
    }
}
