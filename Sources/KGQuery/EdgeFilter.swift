/// Which edges a query may use: its relation list and its filters, checked per edge
/// while searching so nothing is precomputed per query.
struct EdgeFilter {
    /// nil: any relation.
    var relations: Set<Int32>?
    var filters: QueryFilters

    init(relations: Set<Int32>? = nil, filters: QueryFilters = QueryFilters()) {
        self.relations = relations
        self.filters = filters
    }

    func allows(_ e: Int32, in graph: GraphSnapshot) -> Bool {
        let e = Int(e)
        if graph.edgeNegated[e], !filters.withNegated { return false }
        if let relations, !relations.contains(graph.edgeRelation[e]) { return false }
        if let minConfidence = filters.minConfidence, Double(graph.edgeConfidence[e]) < minConfidence { return false }
        if filters.restrictsDates {
            let since = Int32(filters.since ?? 0), until = Int32(filters.until ?? 99_991_231)
            var inWindow = 0
            for i in Int(graph.dateOffsets[e])..<Int(graph.dateOffsets[e + 1]) {
                let day = graph.dates[i]
                if day >= since && day <= until { inWindow += 1 }
            }
            return inWindow >= filters.minEvidence
        }
        return filters.minEvidence <= 1 || Int(graph.edgeEvidence[e]) >= filters.minEvidence
    }
}
