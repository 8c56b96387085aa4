import KGStore

extension QueryEngine {
    /// Every sentence behind the edges from subject to object that match the relation.
    func why(_ q: WhyQuery, _ graph: GraphSnapshot) throws -> QueryResult {
        let subjects = try graph.resolveAll(q.subject), objects = Set(try graph.resolveAll(q.object))
        var relations: Set<Int32>?
        if case .oneOf(let names) = q.relation { relations = try relationSet(names, graph) }
        let filter = EdgeFilter(relations: relations, filters: q.filters)
        var edges: [Int32] = []
        func consider(_ other: Int32, _ e: Int32) {
            if objects.contains(other), filter.allows(e, in: graph), !edges.contains(e) { edges.append(e) }
        }
        for n in subjects.map(Int.init) {
            if q.direction != .incoming {
                for i in Int(graph.outOffsets[n])..<Int(graph.outOffsets[n + 1]) { consider(graph.outTargets[i], graph.outEdges[i]) }
            }
            if q.direction != .outgoing {
                for i in Int(graph.inOffsets[n])..<Int(graph.inOffsets[n + 1]) { consider(graph.inSources[i], graph.inEdges[i]) }
            }
        }
        var rows: [[String]] = []
        for e in edges {
            for record in try Self.datedFirst(store.evidence(edge: graph.edgeIDs[Int(e)]))
            where Self.passes(date: record.articleDate, confidence: record.confidence, q.filters) {
                rows.append([graph.fact(e), record.sentence, record.articleTitle, record.articleDate ?? "", record.source])
            }
        }
        var result = truncated(QueryResult(columns: ["fact", "sentence", "article", "date", "source"], rows: rows),
                               limit: limit(q.filters))
        if rows.isEmpty {
            result.notes.append("no evidence that \(graph.names[Int(subjects[0])]) and \(graph.names[Int(objects.first!)]) are linked that way")
        }
        return result
    }

    /// Evidence by article date, undated articles last (SQLite sorts NULL first).
    static func datedFirst(_ records: [EvidenceRecord]) -> [EvidenceRecord] {
        records.filter { $0.articleDate != nil } + records.filter { $0.articleDate == nil }
    }

    /// A's facts, one row per supporting sentence, ordered by article date.
    func timeline(_ q: TimelineQuery, _ graph: GraphSnapshot) throws -> QueryResult {
        let nodes = try graph.resolveAll(q.entity)
        let filter = EdgeFilter(filters: q.filters)
        var edges: [Int32] = []
        for n in nodes.map(Int.init) {
            for i in Int(graph.outOffsets[n])..<Int(graph.outOffsets[n + 1]) { edges.append(graph.outEdges[i]) }
            for i in Int(graph.inOffsets[n])..<Int(graph.inOffsets[n + 1]) { edges.append(graph.inEdges[i]) }
        }
        var seen = Set<Int32>()
        var entries: [(date: String, article: Int, row: [String])] = []
        for e in edges where seen.insert(e).inserted && filter.allows(e, in: graph) {
            for record in try store.evidence(edge: graph.edgeIDs[Int(e)])
            where Self.passes(date: record.articleDate, confidence: record.confidence, q.filters) {
                entries.append((record.articleDate ?? "", record.articleID,
                                [record.articleDate ?? "", graph.fact(e), record.sentence, record.articleTitle]))
            }
        }
        // Undated articles last; same day in article order.
        entries.sort { a, b in
            if a.date.isEmpty != b.date.isEmpty { return !a.date.isEmpty }
            return (a.date, a.article, a.row[1]) < (b.date, b.article, b.row[1])
        }
        var result = truncated(QueryResult(columns: ["date", "fact", "sentence", "article"], rows: entries.map(\.row)),
                               limit: limit(q.filters))
        if entries.isEmpty { result.notes.append("no facts about \(graph.names[Int(nodes[0])])") }
        return result
    }
}
