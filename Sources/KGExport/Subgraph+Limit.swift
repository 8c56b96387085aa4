import KGStore

/// An entity with the number of facts that touch it inside a subgraph.
public struct RankedEntity: Sendable, Hashable {
    public var entity: EntityRecord
    public var degree: Int
}

/// What a node limit kept of a subgraph, and what it left out.
public struct LimitedSubgraph: Sendable, Hashable {
    public var kept: Subgraph
    /// The entities left out, best connected first.
    public var leftOut: [RankedEntity]
    /// Facts left out because one of their ends was.
    public var leftOutEdgeCount: Int

    public var isComplete: Bool { leftOut.isEmpty }
}

extension Subgraph {
    /// Keeps the `limit` best-connected entities (most facts, then most evidence, then lowest
    /// id, so ties break the same way every time) and the facts among them. Facts whose ends
    /// are not both in the subgraph are dropped first. Order within `kept` is unchanged.
    public func bestConnected(limit: Int?) -> LimitedSubgraph {
        let ids = Set(entities.map(\.id))
        let drawable = edges.filter { ids.contains($0.subject) && ids.contains($0.object) }
        var degree: [Int: Int] = [:]
        var weight: [Int: Int] = [:]
        for edge in drawable {
            for end in Set([edge.subject, edge.object]) {
                degree[end, default: 0] += 1
                weight[end, default: 0] += edge.evidenceCount
            }
        }
        let ranked = entities
            .map { RankedEntity(entity: $0, degree: degree[$0.id] ?? 0) }
            .sorted {
                ($0.degree, weight[$0.entity.id] ?? 0, -$0.entity.id)
                    > ($1.degree, weight[$1.entity.id] ?? 0, -$1.entity.id)
            }
        let keepCount = Swift.max(0, Swift.min(limit ?? entities.count, entities.count))
        let keptIDs = Set(ranked.prefix(keepCount).map(\.entity.id))
        let keptEdges = drawable.filter { keptIDs.contains($0.subject) && keptIDs.contains($0.object) }
        return LimitedSubgraph(
            kept: Subgraph(entities: entities.filter { keptIDs.contains($0.id) }, edges: keptEdges),
            leftOut: Array(ranked.dropFirst(keepCount)),
            leftOutEdgeCount: drawable.count - keptEdges.count)
    }
}
