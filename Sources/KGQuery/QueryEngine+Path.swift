import KGCore

extension QueryEngine {
    /// Paths go through facts at or above `EdgeConfidence.trusted` unless the query sets its own
    /// floor (`min confidence 0` takes every fact): a chain is only as good as its weakest hop.
    static func floored(_ query: PathQuery) -> PathQuery {
        var q = query
        q.filters.minConfidence = q.filters.minConfidence ?? EdgeConfidence.trusted
        return q
    }

    func path(_ query: PathQuery, _ finder: PathFinder) throws -> QueryResult {
        let q = Self.floored(query), floored = query.filters.minConfidence == nil
        let graph = finder.graph
        let from = try graph.resolve(q.from), to = try graph.resolve(q.to)
        let filter = EdgeFilter(relations: try relationSet(q.relations, graph), filters: q.filters)
        let paths = findPaths(q, from: from, to: to, filter: filter, finder)
        let arrow = q.directed ? "->" : "--"
        guard !paths.isEmpty else {
            return QueryResult(columns: ["path"], notes: [
                "no path from \(graph.names[Int(from)]) \(arrow) \(graph.names[Int(to)]) within \(q.maxHops) hops"
                    + (floored ? " through facts of confidence \(EdgeConfidence.trusted) or more ('min confidence 0' takes every fact)" : ""),
            ])
        }
        guard q.withEvidence else {
            var result = QueryResult(columns: ["path", "hops"], rows: paths.map { [graph.render($0), String($0.hops)] },
                                     numericColumns: [1])
            result.paths = paths.map(graph.hops)
            return result
        }
        // One row per path, then one per hop with the first supporting sentence.
        var rows: [[String]] = []
        var hopLists: [[PathHop]] = []
        for path in paths {
            rows.append([graph.render(path), "", "", ""])
            var hops = graph.hops(path)
            for (i, e) in path.edges.enumerated() {
                // The edge passed the floor on its combined confidence; its sentences may each be lower.
                let records = try store.evidence(edge: graph.edgeIDs[Int(e)])
                let evidence = records.first { Self.passes(date: $0.articleDate, confidence: $0.confidence, q.filters) }
                    ?? records.first { Self.passes(date: $0.articleDate, confidence: 1, q.filters) }
                rows.append(["  " + graph.fact(e), evidence?.sentence ?? "", evidence?.articleTitle ?? "",
                             evidence?.articleDate ?? ""])
                hops[i].evidence = evidence.map {
                    PathHop.Evidence(sentence: $0.sentence, article: $0.articleTitle, date: $0.articleDate)
                }
            }
            hopLists.append(hops)
        }
        var result = QueryResult(columns: ["path", "evidence", "article", "date"], rows: rows)
        result.paths = hopLists
        return result
    }

    func findPaths(_ q: PathQuery, from: Int32, to: Int32, filter: EdgeFilter, _ finder: PathFinder) -> [GraphPath] {
        let limit = limit(q.filters)
        if let k = q.k {
            return finder.kShortestPaths(from: from, to: to, k: min(k, limit), directed: q.directed, maxHops: q.maxHops, filter: filter)
        }
        if q.all {
            return finder.allShortestPaths(from: from, to: to, directed: q.directed, maxHops: q.maxHops, filter: filter, limit: limit)
        }
        return finder.shortestPath(from: from, to: to, directed: q.directed, maxHops: q.maxHops, filter: filter).map { [$0] } ?? []
    }

    /// Whether one sentence of evidence falls inside the query's date window and confidence.
    static func passes(date: String?, confidence: Double, _ filters: QueryFilters) -> Bool {
        if let minConfidence = filters.minConfidence, confidence < minConfidence { return false }
        guard filters.restrictsDates else { return true }
        guard let date, let day = GraphSnapshot.day(date) else { return false }
        return Int(day) >= (filters.since ?? 0) && Int(day) <= (filters.until ?? 99_991_231)
    }
}
