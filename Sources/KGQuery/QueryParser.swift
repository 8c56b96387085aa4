/// Reads one query into a `Query`. A recursive-descent parser over `QueryLexer` tokens;
/// every failure is a `QuerySyntaxError` at the offending token saying what was expected.
///
///     let query = try QueryParser.parse("path Romania -> Russia max 4 via send|supply")
public struct QueryParser {
    private var tokens: [QueryToken]
    private var position = 0
    private let source: [Unicode.Scalar]

    public static let commands = ["path", "neighbors", "why", "entity", "find", "timeline", "dot"]

    public static func parse(_ text: String) throws(QuerySyntaxError) -> Query {
        var parser = try QueryParser(text)
        return try parser.query()
    }

    private init(_ text: String) throws(QuerySyntaxError) {
        // A trailing ';' is what SQL shells expect; accept and ignore it.
        var text = Substring(text)
        while let last = text.unicodeScalars.last, last.properties.isWhitespace { text = text.dropLast() }
        if text.hasSuffix(";") { text = text.dropLast() }
        source = Array(text.unicodeScalars)
        tokens = try QueryLexer.tokens(String(text))
    }

    // MARK: Token access

    private var current: QueryToken { tokens[position] }
    private func token(_ ahead: Int) -> QueryToken { tokens[min(position + ahead, tokens.count - 1)] }
    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private func fail(_ expected: String, at token: QueryToken? = nil) -> QuerySyntaxError {
        let token = token ?? current
        return QuerySyntaxError("expected \(expected), found \(token.display)", at: token.offset)
    }

    private mutating func expect(_ kind: QueryToken.Kind, _ what: String) throws(QuerySyntaxError) {
        guard current.kind == kind else { throw fail(what) }
        advance()
    }

    private mutating func expectKeyword(_ keyword: String) throws(QuerySyntaxError) {
        guard current.isKeyword(keyword) else { throw fail("'\(keyword)'") }
        advance()
    }

    private mutating func expectEnd() throws(QuerySyntaxError) {
        guard current.kind == .end else { throw fail("an option or the end of the query") }
    }

    // MARK: Queries

    private mutating func query() throws(QuerySyntaxError) -> Query {
        if current.kind == .end { throw fail("a query (path, neighbors, why, entity, find, timeline, dot or a pattern)") }
        let command = current.word?.lowercased()
        // `Path -[x]-> ?y` is a pattern that starts at an entity called Path.
        let nextIsEdge = [.openEdge, .openBackEdge].contains(token(1).kind)
        guard let command, Self.commands.contains(command), !nextIsEdge else {
            let pattern = try patternQuery()
            try expectEnd()
            return .pattern(pattern)
        }
        advance()
        let query: Query
        switch command {
        case "path": query = .path(try pathQuery())
        case "neighbors": query = .neighbors(try neighborsQuery())
        case "why": query = .why(try whyQuery())
        case "entity":
            var q = EntityQuery(entity: try name(context: .filtersOnly))
            try filters(&q.filters)
            query = .entity(q)
        case "find": query = .find(try findQuery())
        case "timeline":
            var q = TimelineQuery(entity: try name(context: .filtersOnly))
            try filters(&q.filters)
            query = .timeline(q)
        default: query = .dot(try dotQuery())
        }
        try expectEnd()
        return query
    }

    private mutating func pathQuery() throws(QuerySyntaxError) -> PathQuery {
        let from = try name(context: .path)
        let directed: Bool
        switch current.kind {
        case .arrow: directed = true
        case .dashDash: directed = false
        default: throw fail("'->' (directed) or '--' (either direction) after the first name")
        }
        advance()
        var q = PathQuery(from: from, to: try name(context: .path))
        q.directed = directed
        while current.kind != .end {
            if current.isKeyword("max") {
                advance()
                q.maxHops = try integer("a number of hops after 'max'", in: 1...64)
            } else if current.isKeyword("via") {
                advance()
                q.relations = try relationList(insideEdge: false)
            } else if current.isKeyword("all") {
                advance()
                q.all = true
            } else if current.isKeyword("k") {
                advance()
                q.k = try integer("a number of paths after 'k'", in: 1...1000)
            } else if current.isKeyword("with"), token(1).isKeyword("evidence") {
                advance(); advance()
                q.withEvidence = true
            } else if try !filter(&q.filters) {
                throw fail("a path option (max N, via REL, all, k N, with evidence) or filter")
            }
        }
        return q
    }

    private mutating func neighborsQuery() throws(QuerySyntaxError) -> NeighborsQuery {
        var q = NeighborsQuery(entity: try name(context: .neighbors))
        while current.kind != .end {
            if let word = current.word?.lowercased(), let direction = Direction(rawValue: word) {
                advance()
                q.direction = direction
            } else if current.isKeyword("depth") {
                advance()
                q.depth = try integer("a depth after 'depth'", in: 1...10)
            } else if current.isKeyword("via") {
                advance()
                q.relations = try relationList(insideEdge: false)
            } else if try !filter(&q.filters) {
                throw fail("a neighbors option (out, in, both, depth N, via REL) or filter")
            }
        }
        return q
    }

    private mutating func whyQuery() throws(QuerySyntaxError) -> WhyQuery {
        let subject = try name(context: .pattern)
        guard let (relation, direction, _) = try edgeSpec() else {
            throw fail("an edge such as '-[send]->' after the first name")
        }
        let object = try name(context: .filtersOnly)
        var q = WhyQuery(subject: subject, relation: relation, direction: direction, object: object)
        try filters(&q.filters)
        return q
    }

    /// The text up to the first filter, as written (any characters), or one quoted string.
    private mutating func findQuery() throws(QuerySyntaxError) -> FindQuery {
        guard current.kind != .end, !startsFilter(at: position) else { throw fail("text to search for") }
        let first = current
        var last = current
        while current.kind != .end, !startsFilter(at: position) {
            last = current
            advance()
        }
        var text = String(String.UnicodeScalarView(source[first.offset..<(last.offset + last.length)]))
        if first == last, case .string(let unquoted) = first.kind { text = unquoted }
        var q = FindQuery(text: text)
        try filters(&q.filters)
        return q
    }

    private mutating func dotQuery() throws(QuerySyntaxError) -> DotQuery {
        // The file name is read first so that '>' never has to be a query token.
        var outputPath: String?
        if let greater = tokens.lastIndex(where: { $0.kind == .greater }) {
            outputPath = try fileName(after: greater)
            let end = QueryToken(kind: .end, offset: tokens[greater].offset, length: 0)
            tokens = Array(tokens[..<greater]) + [end]
        }
        let selection: DotQuery.Selection
        let command = current.word?.lowercased()
        let nextIsEdge = [.openEdge, .openBackEdge].contains(token(1).kind)
        if command == "path", !nextIsEdge {
            advance()
            selection = .path(try pathQuery())
        } else if command == "neighbors", !nextIsEdge {
            advance()
            selection = .neighbors(try neighborsQuery())
        } else if let command, Self.commands.contains(command), !nextIsEdge {
            throw fail("a path, neighbors or pattern query to draw")
        } else if current.kind == .end {
            throw fail("a path, neighbors or pattern query to draw")
        } else {
            selection = .pattern(try patternQuery())
        }
        return DotQuery(selection: selection, outputPath: outputPath)
    }

    /// The file name after `> `: one quoted string (quotes removed), or one unquoted word running
    /// to the next space (`out/romania-2.dot`, however the lexer splits it). Anything after it is
    /// an error rather than part of the name.
    private func fileName(after greater: Int) throws(QuerySyntaxError) -> String {
        let nameTokens = tokens[(greater + 1)...].dropLast()
        guard let first = nameTokens.first else { throw fail("a file name after '>'", at: tokens[greater + 1]) }
        let nameEnd: Int
        if case .string = first.kind {
            nameEnd = first.offset + first.length
        } else {
            nameEnd = source[first.offset...].firstIndex { $0.properties.isWhitespace } ?? source.count
        }
        if let extra = nameTokens.first(where: { $0.offset >= nameEnd }) {
            throw fail("the end of the query after the file name (quote a name with spaces)", at: extra)
        }
        if case .string(let text) = first.kind { return text }
        return String(String.UnicodeScalarView(source[first.offset..<nameEnd]))
    }

    private mutating func patternQuery() throws(QuerySyntaxError) -> PatternQuery {
        var nodes = [try patternNode()]
        var edges: [PatternEdge] = []
        while let (relation, direction, offset) = try edgeSpec() {
            edges.append(PatternEdge(relation: relation, direction: direction, offset: offset))
            nodes.append(try patternNode())
        }
        guard !edges.isEmpty else {
            if current.kind == .end, case .entity = nodes[0] {
                throw QuerySyntaxError(
                    "expected a command (path, neighbors, why, entity, find, timeline, dot) or an edge such as '-[send]->'",
                    at: tokens[0].offset)
            }
            throw fail("an edge such as '-[send]->', '<-[send]-' or '-[*]-'")
        }
        var q = PatternQuery(nodes: nodes, edges: edges)
        try filters(&q.filters)
        return q
    }

    private mutating func patternNode() throws(QuerySyntaxError) -> PatternNode {
        switch current.kind {
        case .variable(let v):
            advance()
            return .variable(v)
        case .star:
            advance()
            return .anything
        default:
            return .entity(try name(context: .pattern))
        }
    }

    /// `-[rel]->`, `<-[rel]-`, `-[rel]-`, or nil when no edge starts here.
    private mutating func edgeSpec() throws(QuerySyntaxError) -> (RelationSpec, Direction, Int)? {
        let start = current
        let backwards: Bool
        switch current.kind {
        case .openEdge: backwards = false
        case .openBackEdge: backwards = true
        default: return nil
        }
        advance()
        let relation: RelationSpec
        switch current.kind {
        case .star:
            advance()
            relation = .any
        case .variable(let v):
            advance()
            relation = .variable(v)
        default:
            relation = .oneOf(try relationList(insideEdge: true))
        }
        let direction: Direction
        switch current.kind {
        case .closeArrow where !backwards: direction = .outgoing
        case .closeEdge: direction = backwards ? .incoming : .both
        default: throw fail(backwards ? "']-' to close the edge" : "']->' or ']-' to close the edge")
        }
        advance()
        return (relation, direction, start.offset)
    }

    /// `send`, `send|supply`, `"agree to"`; multi-word relations may also be written bare.
    private mutating func relationList(insideEdge: Bool) throws(QuerySyntaxError) -> [String] {
        var relations: [String] = []
        repeat {
            if current.kind == .bar { advance() }
            switch current.kind {
            case .string(let text):
                advance()
                relations.append(text)
            case .word(let first):
                advance()
                var words = [first]
                // In an edge, words up to ']' or '|' form one relation; elsewhere one word each.
                while insideEdge, case .word(let next) = current.kind {
                    words.append(next)
                    advance()
                }
                relations.append(words.joined(separator: " "))
            default:
                throw fail("a relation name")
            }
        } while current.kind == .bar
        return relations
    }

    // MARK: Names

    private enum NameContext { case path, pattern, neighbors, filtersOnly }

    /// A quoted name, `#id`, or bare words up to the next arrow, edge or option keyword.
    private mutating func name(context: NameContext) throws(QuerySyntaxError) -> NameRef {
        switch current.kind {
        case .string(let text):
            advance()
            guard !text.isEmpty else { throw fail("a non-empty name", at: tokens[position - 1]) }
            return NameRef(text, at: tokens[position - 1].offset)
        case .entityID(let id):
            advance()
            return NameRef(id: id, at: tokens[position - 1].offset)
        case .word(let first):
            let offset = current.offset
            var words = [first]
            advance()
            while case .word(let next) = current.kind, !endsName(at: position, context: context) {
                words.append(next)
                advance()
            }
            return NameRef(words.joined(separator: " "), at: offset)
        default:
            throw fail("an entity name")
        }
    }

    private func endsName(at index: Int, context: NameContext) -> Bool {
        // A loop, not recursion: a flag word ("all", "out", …) ends the name when the words after
        // it do, and a query of 100,000 words must neither overflow the stack nor take quadratic time.
        var index = index
        while true {
            if startsFilter(at: index) { return true }
            guard let word = tokens[index].word?.lowercased() else { return true }
            let next = tokens[min(index + 1, tokens.count - 1)]
            switch context {
            // An option word followed by anything is read as the option, so a typo in its
            // value is reported there rather than as an unknown name.
            case .path:
                if ["max", "k", "via"].contains(word) && next.kind != .end { return true }
                if word == "with" && next.isKeyword("evidence") { return true }
                guard word == "all" else { return false }
            case .neighbors:
                if ["depth", "via"].contains(word) && next.kind != .end { return true }
                guard ["out", "in", "both"].contains(word) else { return false }
            case .pattern, .filtersOnly:
                return false
            }
            // The flag word stands alone when the name ends right after it.
            if next.kind == .end || next.word == nil { return true }
            index += 1
        }
    }

    // MARK: Filters

    private func startsFilter(at index: Int) -> Bool {
        let token = tokens[index]
        let next = tokens[min(index + 1, tokens.count - 1)]
        guard let word = token.word?.lowercased() else { return false }
        switch word {
        case "since", "until": return next.word.flatMap { Self.date($0, endOfPeriod: false) } != nil
        case "min": return next.isKeyword("evidence") || next.isKeyword("confidence")
        case "with": return next.isKeyword("negated")
        case "limit": return Int(next.word ?? "") != nil
        default: return false
        }
    }

    private mutating func filters(_ filters: inout QueryFilters) throws(QuerySyntaxError) {
        while current.kind != .end {
            guard try filter(&filters) else {
                throw fail("a filter (since DATE, until DATE, min evidence N, min confidence X, with negated, limit N)")
            }
        }
    }

    /// Reads one filter if one starts here.
    private mutating func filter(_ filters: inout QueryFilters) throws(QuerySyntaxError) -> Bool {
        guard let word = current.word?.lowercased() else { return false }
        switch word {
        case "since", "until":
            advance()
            guard let text = current.word, let day = Self.date(text, endOfPeriod: word == "until") else {
                throw fail("a date (YYYY, YYYY-MM or YYYY-MM-DD) after '\(word)'")
            }
            advance()
            if word == "since" { filters.since = day } else { filters.until = day }
        case "min":
            advance()
            if current.isKeyword("evidence") {
                advance()
                filters.minEvidence = try integer("a number of sentences after 'min evidence'", in: 1...1_000_000)
            } else if current.isKeyword("confidence") {
                advance()
                guard let text = current.word, let value = Double(text), (0...1).contains(value) else {
                    throw fail("a confidence between 0 and 1 after 'min confidence'")
                }
                advance()
                filters.minConfidence = value
            } else {
                throw fail("'evidence' or 'confidence' after 'min'")
            }
        case "with" where token(1).isKeyword("negated"):
            advance(); advance()
            filters.withNegated = true
        case "limit":
            advance()
            filters.limit = try integer("a number of rows after 'limit'", in: 1...10_000_000)
        default:
            return false
        }
        return true
    }

    private mutating func integer(_ what: String, in range: ClosedRange<Int>) throws(QuerySyntaxError) -> Int {
        guard let text = current.word, let value = Int(text) else { throw fail(what) }
        guard range.contains(value) else {
            throw QuerySyntaxError("expected \(what) between \(range.lowerBound) and \(range.upperBound), found \(value)",
                                   at: current.offset)
        }
        advance()
        return value
    }

    /// `2024`, `2024-05`, `2024-05-17` → `yyyymmdd`; a partial date covers its whole period.
    static func date(_ text: String, endOfPeriod: Bool) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1])! : (endOfPeriod ? 12 : 1)
        let day = parts.count > 2 ? Int(parts[2])! : (endOfPeriod ? 31 : 1)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return year * 10_000 + month * 100 + day
    }
}
