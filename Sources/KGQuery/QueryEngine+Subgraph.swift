import KGStore

extension QueryEngine {
    /// The part of the graph a path, pattern or neighbors query selects, for the DOT writer
    /// (`kg dot --query`, the shell's `dot`). `dot <query>` is accepted and unwrapped.
    ///
    ///     let subgraph = try engine.subgraph(for: "neighbors Romania depth 2")
    public func subgraph(for text: String) throws -> Subgraph {
        let finder = try finder()
        switch try QueryParser.parse(text) {
        case .path(let q): return try subgraph(.path(q), finder)
        case .pattern(let q): return try subgraph(.pattern(q), finder)
        case .neighbors(let q): return try subgraph(.neighbors(q), finder)
        case .dot(let q): return try subgraph(q.selection, finder)
        default: throw QueryError("only path, neighbors and pattern queries select a subgraph", at: 0)
        }
    }

    func subgraph(_ selection: DotQuery.Selection, _ finder: PathFinder) throws -> Subgraph {
        let graph = finder.graph
        var nodes: [Int32] = []
        var edges: [Int32] = []
        var anchors: [Int32] = []
        switch selection {
        case .path(let query):
            let q = Self.floored(query)
            let from = try graph.resolve(q.from), to = try graph.resolve(q.to)
            anchors = [from, to]
            let filter = EdgeFilter(relations: try relationSet(q.relations, graph), filters: q.filters)
            for path in findPaths(q, from: from, to: to, filter: filter, finder) {
                nodes += path.nodes
                edges += path.edges
            }
            if nodes.isEmpty { nodes = [from, to] }
        case .pattern(let q):
            edges = try pattern(q, graph).edges
        case .neighbors(let q):
            let found = try neighbors(q, graph)
            nodes = found.centers
            anchors = found.centers
            edges = found.edges
        }
        for e in edges { nodes += [graph.edgeSubject[Int(e)], graph.edgeObject[Int(e)]] }
        var seenNodes = Set<Int32>(), seenEdges = Set<Int32>()
        return Subgraph(entities: nodes.filter { seenNodes.insert($0).inserted }.map(graph.entityRecord),
                        edges: edges.filter { seenEdges.insert($0).inserted }.map(graph.edgeRecord),
                        anchors: anchors.map { graph.entityIDs[Int($0)] })
    }
}
