import KGStore

/// An entity with what it weighs inside a subgraph: the facts that touch it and the sentences
/// stating them.
public struct RankedEntity: Sendable, Hashable {
    public var entity: EntityRecord
    public var degree: Int
    public var evidence: Int
}

/// What a node budget kept of a subgraph, and what it left out.
public struct LimitedSubgraph: Sendable, Hashable {
    public var kept: Subgraph
    /// The entities left out, weightiest first.
    public var leftOut: [RankedEntity]
    /// Facts left out because one of their ends was.
    public var leftOutEdgeCount: Int
    /// Lines (parallel facts merged) between drawn entities left out by the line budget.
    public var leftOutLines = 0
    /// What the drawing's filters (concepts, titles, negated, minimum evidence and confidence) took out before
    /// the budget applied.
    public var filtered = FilteredOut()

    public var isComplete: Bool { leftOut.isEmpty && leftOutLines == 0 }
}

/// Counts of what `DOTWriter`'s filters left out, for the note on standard error.
public struct FilteredOut: Sendable, Hashable {
    public var concepts = 0
    public var titleFacts = 0
    public var negatedFacts = 0
    public var weakFacts = 0
    /// Facts below the drawing's confidence floor.
    public var doubtfulFacts = 0
    /// Named entities all of whose facts were filtered out.
    public var strandedEntities = 0

    public var isEmpty: Bool { self == FilteredOut() }
}

extension Subgraph {
    /// Keeps the `limit` weightiest entities and the facts among them. Weight is the number of
    /// sentences stating the entity's facts, then the number of facts, then the lowest id, so
    /// an entity the news keeps repeating beats one named once in many small facts, and ties
    /// break the same way every time. The selection's anchors (the centre of `--around`, the
    /// ends of `--path`) are always kept. Facts whose ends are not both in the subgraph are
    /// dropped first. Order within `kept` is unchanged.
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
        let anchorIDs = Set(anchors)
        let ranked = entities
            .map { RankedEntity(entity: $0, degree: degree[$0.id] ?? 0, evidence: weight[$0.id] ?? 0) }
            .sorted {
                (anchorIDs.contains($0.entity.id) ? 1 : 0, $0.evidence, $0.degree, -$0.entity.id)
                    > (anchorIDs.contains($1.entity.id) ? 1 : 0, $1.evidence, $1.degree, -$1.entity.id)
            }
        let keepCount = Swift.max(0, Swift.min(limit ?? entities.count, entities.count))
        let keptIDs = Set(ranked.prefix(keepCount).map(\.entity.id))
        let keptEdges = drawable.filter { keptIDs.contains($0.subject) && keptIDs.contains($0.object) }
        return LimitedSubgraph(
            kept: Subgraph(entities: entities.filter { keptIDs.contains($0.id) }, edges: keptEdges,
                           anchors: anchors.filter(keptIDs.contains)),
            leftOut: Array(ranked.dropFirst(keepCount)),
            leftOutEdgeCount: drawable.count - keptEdges.count)
    }
}
