extension QueryEngine {
    /// Matches a chain of triple patterns by extending bindings edge by edge from the first
    /// named entity (or from every node when all ends are variables). A name that stands for
    /// several concept nodes matches any of them (`GraphSnapshot.resolveAll`).
    func pattern(_ q: PatternQuery, _ graph: GraphSnapshot) throws -> (result: QueryResult, edges: [Int32]) {
        // Each node position gets a slot; positions sharing a variable share its slot.
        var slotOfNode: [Int] = []
        var fixed: [Set<Int32>?] = []
        var variables: [String] = []
        for node in q.nodes {
            switch node {
            case .variable(let name):
                if let slot = variables.firstIndex(of: name) { slotOfNode.append(slot); continue }
                variables.append(name)
                slotOfNode.append(variables.count - 1)
                fixed.append(nil)
            case .anything:
                variables.append("")
                slotOfNode.append(variables.count - 1)
                fixed.append(nil)
            case .entity(let ref):
                variables.append("")
                slotOfNode.append(variables.count - 1)
                fixed.append(Set(try graph.resolveAll(ref)))
            }
        }
        let filters = try q.edges.map { edge -> EdgeFilter in
            if case .oneOf(let names) = edge.relation {
                return EdgeFilter(relations: try relationSet(names, graph, at: edge.offset), filters: q.filters)
            }
            return EdgeFilter(filters: q.filters)
        }
        // Relation columns for edges whose relation is not fixed by the pattern.
        var relationColumns: [(edge: Int, name: String)] = []
        for (i, edge) in q.edges.enumerated() {
            switch edge.relation {
            case .variable(let name): relationColumns.append((i, "?" + name))
            case .any: relationColumns.append((i, "relation"))
            case .oneOf(let names) where names.count > 1: relationColumns.append((i, "relation"))
            case .oneOf: break
            }
        }
        if relationColumns.filter({ $0.name == "relation" }).count > 1 {
            var n = 0
            for i in relationColumns.indices where relationColumns[i].name == "relation" {
                n += 1
                relationColumns[i].name = "relation\(n)"
            }
        }
        let shownSlots = variables.indices.filter { !variables[$0].isEmpty }
        var columns = shownSlots.map { "?" + variables[$0] } + relationColumns.map(\.name)
        let showChain = columns.isEmpty
        if showChain { columns = ["match"] }

        let anchor = fixed.indices.first { fixed[$0] != nil }.map { slot -> Int in
            slotOfNode.firstIndex(of: slot)!
        } ?? 0
        // Edge order: rightwards from the anchor, then leftwards.
        let order: [(edge: Int, rightwards: Bool)] =
            (anchor..<q.edges.count).map { ($0, true) } + (0..<anchor).reversed().map { ($0, false) }

        var binding = [Int32](repeating: -1, count: variables.count)
        var chosen = [Int32](repeating: -1, count: q.edges.count)
        var seenRows = Set<[String]>()
        var rows: [[String]] = []
        var matchedEdges: [Int32] = []
        var matchedSet = Set<Int32>()
        let limit = limit(q.filters)
        var more = false
        var calls = 0
        // Partial matches extended plus values held in rows: what the memory bound counts.
        var bindings = 0
        var overBound = false

        func bind(_ position: Int, _ node: Int32) -> Bool? {
            let slot = slotOfNode[position]
            if let f = fixed[slot], !f.contains(node) { return nil }
            if binding[slot] == -1 { binding[slot] = node; return true }
            return binding[slot] == node ? false : nil
        }
        func extend(_ step: Int) {
            calls &+= 1
            bindings += 1
            if bindings > maxBindings { overBound = true; more = true }
            // Polled now and then: a pattern over a big graph can run for a long time. Stopping
            // reuses the full-page exit; run() then throws instead of showing the rows.
            if calls & 0xFFF == 0, shouldStop() { more = true }
            if more { return }
            if step == order.count {
                let row = showChain
                    ? [chosen.map { graph.fact($0) }.joined(separator: ", ")]
                    : shownSlots.map { graph.names[Int(binding[$0])] } + relationColumns.map { graph.relationName(chosen[$0.edge]) }
                if seenRows.insert(row).inserted {
                    if rows.count == limit { more = true; return }
                    rows.append(row)
                    bindings += row.count
                }
                for e in chosen where matchedSet.insert(e).inserted { matchedEdges.append(e) }
                return
            }
            let (edgeIndex, rightwards) = order[step]
            let edge = q.edges[edgeIndex]
            let fromPosition = rightwards ? edgeIndex : edgeIndex + 1
            let toPosition = rightwards ? edgeIndex + 1 : edgeIndex
            let from = binding[slotOfNode[fromPosition]]
            // Crossing the edge leftwards reverses its arrow.
            let useOut: Bool, useIn: Bool
            switch edge.direction {
            case .outgoing: (useOut, useIn) = (rightwards, !rightwards)
            case .incoming: (useOut, useIn) = (!rightwards, rightwards)
            case .both: (useOut, useIn) = (true, true)
            }
            func visit(_ other: Int32, _ e: Int32) {
                guard filters[edgeIndex].allows(e, in: graph), let fresh = bind(toPosition, other) else { return }
                chosen[edgeIndex] = e
                extend(step + 1)
                if fresh { binding[slotOfNode[toPosition]] = -1 }
            }
            let n = Int(from)
            if useOut {
                for i in Int(graph.outOffsets[n])..<Int(graph.outOffsets[n + 1]) { visit(graph.outTargets[i], graph.outEdges[i]) }
            }
            if useIn {
                for i in Int(graph.inOffsets[n])..<Int(graph.inOffsets[n + 1]) { visit(graph.inSources[i], graph.inEdges[i]) }
            }
        }
        let anchorSlot = slotOfNode[anchor]
        for start in fixed[anchorSlot].map({ $0.sorted() }) ?? Array(0..<Int32(graph.nodeCount)) {
            if more { break }
            binding[anchorSlot] = start
            extend(0)
            binding[anchorSlot] = -1
        }
        if overBound { throw QueryError.tooManyBindings(maxBindings) }
        rows.sort { $0.lexicographicallyPrecedes($1) }
        var result = QueryResult(columns: columns, rows: rows)
        if more { result.notes.append("showing the first \(limit) rows; add 'limit N' to see more") }
        if rows.isEmpty { result.notes.append("no match") }
        return (result, matchedEdges)
    }
}
