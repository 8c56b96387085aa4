import KGStore

extension QueryEngine {
    /// Canonical name, type, aliases, degree and the articles that mention the entity; for a
    /// name several concept nodes go by, one row per node instead.
    func entity(_ q: EntityQuery, _ graph: GraphSnapshot) throws -> QueryResult {
        let nodes = try graph.resolveAll(q.entity)
        guard nodes.count == 1 else { return try conceptNodes(nodes, q, graph) }
        let node = nodes[0]
        let id = graph.entityIDs[Int(node)]
        let articles = try store.articles(mentioning: id)
            .filter { Self.passes(date: $0.date, confidence: 1, q.filters) }
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
            let date = article.date.map { " (\($0))" } ?? ""
            rows.append(["article", "\(article.title)\(date) \(article.source)"])
        }
        return QueryResult(columns: ["field", "value"], rows: rows)
    }

    /// The concept nodes of one name (one per article), each with its degree and first article,
    /// the most connected first: which "government" is which, and the #id to name one.
    private func conceptNodes(_ nodes: [Int32], _ q: EntityQuery, _ graph: GraphSnapshot) throws -> QueryResult {
        let ordered = nodes.sorted { (-graph.factCount($0), $0) < (-graph.factCount($1), $1) }
        var rows = [["name", graph.names[Int(ordered[0])]], ["type", GraphSnapshot.conceptType],
                    ["nodes", "\(nodes.count), one per article"]]
        for node in ordered.prefix(limit(q.filters)) {
            let id = graph.entityIDs[Int(node)]
            let degree = graph.degree(node)
            // Concepts have no mentions; the article is where their facts were stated.
            let n = Int(node)
            let edges = graph.outEdges[Int(graph.outOffsets[n])..<Int(graph.outOffsets[n + 1])]
                + graph.inEdges[Int(graph.inOffsets[n])..<Int(graph.inOffsets[n + 1])]
            let article = try edges.first.flatMap { try store.evidence(edge: graph.edgeIDs[Int($0)]).first }.map { record in
                ", \(record.articleTitle)\(record.articleDate.map { " (\($0))" } ?? "") \(record.source)"
            } ?? ""
            rows.append(["node", "#\(id): \(degree.out) out, \(degree.in) in\(article)"])
        }
        return QueryResult(columns: ["field", "value"], rows: rows)
    }

    /// Full-text search over sentences (FTS5) and entity names.
    func find(_ q: FindQuery) throws -> QueryResult {
        // Control characters (NUL above all, which ends an FTS5 query early) separate words.
        let words = q.text.split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        guard !words.isEmpty else { throw QueryError("nothing to search for") }
        let limit = limit(q.filters)
        var rows: [[String]] = []
        let graph = try snapshot
        for node in graph.nodes(matching: q.text).prefix(limit) {
            rows.append(["entity", graph.names[Int(node)], graph.types[Int(node)], ""])
        }
        let sentences = try store.sentences(containing: words.map(String.init), limit: limit + 1)
        for sentence in sentences where Self.passes(date: sentence.articleDate, confidence: 1, q.filters) {
            rows.append(["sentence", sentence.text, sentence.articleTitle, sentence.articleDate ?? ""])
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
