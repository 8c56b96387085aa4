extension QueryEngine {
    /// Breadth-first from the entity (every node of a concept name) up to `depth` hops; one row per edge crossed.
    func neighbors(_ q: NeighborsQuery, _ graph: GraphSnapshot) throws -> (result: QueryResult, centers: [Int32], edges: [Int32]) {
        let centers = try graph.resolveAll(q.entity)
        let filter = EdgeFilter(relations: try relationSet(q.relations, graph), filters: q.filters)
        var depthOf = Dictionary(uniqueKeysWithValues: centers.map { ($0, 0) })
        var frontier = centers
        var rows: [[String]] = []
        var edges: [Int32] = []
        var seenEdges = Set<Int32>()
        for depth in 1...q.depth {
            var next: [Int32] = []
            for u in frontier where !shouldStop() {
                let n = Int(u)
                func visit(_ v: Int32, _ e: Int32) {
                    guard filter.allows(e, in: graph), seenEdges.insert(e).inserted else { return }
                    edges.append(e)
                    let s = graph.edgeSubject[Int(e)], o = graph.edgeObject[Int(e)]
                    rows.append([String(depth), graph.names[Int(s)], graph.relationName(e), graph.names[Int(o)],
                                 String(graph.edgeEvidence[Int(e)])])
                    if depthOf[v] == nil {
                        depthOf[v] = depth
                        next.append(v)
                    }
                }
                if q.direction != .incoming {
                    for i in Int(graph.outOffsets[n])..<Int(graph.outOffsets[n + 1]) { visit(graph.outTargets[i], graph.outEdges[i]) }
                }
                if q.direction != .outgoing {
                    for i in Int(graph.inOffsets[n])..<Int(graph.inOffsets[n + 1]) { visit(graph.inSources[i], graph.inEdges[i]) }
                }
            }
            frontier = next
        }
        var result = truncated(QueryResult(columns: ["depth", "subject", "relation", "object", "evidence"], rows: rows,
                                                   numericColumns: [0, 4]),
                               limit: limit(q.filters))
        if rows.isEmpty { result.notes.append("\(graph.names[Int(centers[0])]) has no neighbors (\(q.direction.rawValue))") }
        return (result, centers, edges)
    }
}
