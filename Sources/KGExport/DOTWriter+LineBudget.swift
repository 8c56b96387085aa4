extension DOTWriter {
    /// How many lines (merged edges) a drawing with a node budget keeps: twice the budget.
    /// Graphviz's `dot` slows steeply with the labelled edges among a fixed set of nodes; on 60
    /// nodes of a news graph 120 lines take 0.1 s, 250 take 4 s, 300 take 20 s and 390 over a
    /// minute. A reader cannot follow more than a few lines a node anyway.
    public static let linesPerNode = 2

    /// Keeps the `budget` weightiest lines (most sentences stating their facts; ties by first
    /// id). Each entity's weightiest line comes first, so no drawn entity is left floating with
    /// none; the rest fill the budget by weight. The kept lines stay in their original order.
    static func weightiestLines(_ lines: [DrawnEdge], budget: Int) -> [DrawnEdge] {
        guard lines.count > budget else { return lines }
        let ranked = lines.indices.sorted {
            (lines[$0].evidence, -lines[$0].ids[0]) > (lines[$1].evidence, -lines[$1].ids[0])
        }
        var kept = Set<Int>()
        var covered = Set<Int>()
        for index in ranked {
            let record = lines[index].record
            if !covered.contains(record.subject) || !covered.contains(record.object) {
                kept.insert(index)
                covered.formUnion([record.subject, record.object])
            }
        }
        for index in ranked where kept.count < budget { kept.insert(index) }
        return lines.indices.filter(kept.contains).map { lines[$0] }
    }

    /// `bestConnected`'s result with its lines cut to the line budget (nothing cut without a
    /// node budget).
    func withinLineBudget(_ drawn: LimitedSubgraph) -> LimitedSubgraph {
        guard let limit = options.limit else { return drawn }
        let lines = Self.mergingParallelEdges(drawn.kept.edges)
        let kept = Self.weightiestLines(lines, budget: Self.linesPerNode * limit)
        guard kept.count < lines.count else { return drawn }
        let keptIDs = Set(kept.flatMap(\.ids))
        var cut = drawn
        cut.kept.edges.removeAll { !keptIDs.contains($0.id) }
        cut.leftOutLines = lines.count - kept.count
        return cut
    }
}
