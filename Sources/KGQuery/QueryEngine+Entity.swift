import KGStore

extension QueryEngine {
    /// Canonical name, type, aliases, degree and the articles that mention the entity.
    func entity(_ q: EntityQuery, _ graph: GraphSnapshot) throws -> QueryResult {
        let node = try graph.resolve(q.entity)
        let id = graph.entityIDs[Int(node)]
        let articles = try store.db.rows("""
            SELECT DISTINCT a.title, a.date, a.source FROM mentions m
            JOIN sentences s ON s.id = m.sentence JOIN articles a ON a.id = s.article
            WHERE m.entity = ? ORDER BY a.date, a.id
            """, [DatabaseValue(id)])
            .filter { Self.passes(date: $0.optionalText(1), confidence: 1, q.filters) }
        let degree = graph.degree(node)
        var rows = [
            ["name", graph.names[Int(node)]],
            ["id", "#\(id)"],
            ["type", graph.types[Int(node)]],
            ["aliases", graph.aliases[Int(node)].joined(separator: "; ")],
            ["degree", "\(degree.out) out, \(degree.in) in"],
            ["articles", String(articles.count)],
        ]
        for article in articles.prefix(limit(q.filters)) {
            let date = article.optionalText(1).map { " (\($0))" } ?? ""
            rows.append(["article", "\(article.text(0))\(date) \(article.text(2))"])
        }
        return QueryResult(columns: ["field", "value"], rows: rows)
    }

    /// Full-text search over sentences (FTS5) and entity names.
    func find(_ q: FindQuery) throws -> QueryResult {
        // Control characters (NUL above all, which ends an FTS5 query early) separate words.
        let words = q.text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        guard !words.isEmpty else { throw QueryError("nothing to search for") }
        // Each word becomes an FTS5 string, so user text is never read as FTS5 syntax.
        let match = words.map { "\"" + $0.replacingAll("\"", with: "\"\"") + "\"" }.joined(separator: " ")
        let limit = limit(q.filters)
        var rows: [[String]] = []
        let graph = try snapshot
        for node in graph.nodes(matching: q.text).prefix(limit) {
            rows.append(["entity", graph.names[Int(node)], graph.types[Int(node)], ""])
        }
        let sentences = try store.db.rows("""
            SELECT s.text, a.title, a.date FROM sentences_fts f
            JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article
            WHERE sentences_fts MATCH ? ORDER BY f.rank, s.id LIMIT ?
            """, [.text(match), DatabaseValue(limit + 1)])
        for sentence in sentences where Self.passes(date: sentence.optionalText(2), confidence: 1, q.filters) {
            rows.append(["sentence", sentence.text(0), sentence.text(1), sentence.optionalText(2) ?? ""])
        }
        var result = truncated(QueryResult(columns: ["kind", "text", "article", "date"], rows: rows), limit: limit)
        if rows.isEmpty { result.notes.append("nothing found for \"\(q.text)\"") }
        return result
    }
}

extension GraphSnapshot {
    /// Nodes whose name or an alias contains every word of `text`, case-insensitively.
    func nodes(matching text: String) -> [Int32] {
        let words = AliasKey.fold(text).split(separator: " ")
        guard !words.isEmpty else { return [] }
        var found: [Int32] = []
        for node in 0..<nodeCount {
            let spellings = ([names[node]] + aliases[node]).map(AliasKey.fold)
            if spellings.contains(where: { s in words.allSatisfy { s.contains($0) } }) { found.append(Int32(node)) }
        }
        return found
    }
}

extension StringProtocol {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
