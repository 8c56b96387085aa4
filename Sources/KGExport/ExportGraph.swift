import KGStore

/// Everything the exchange formats carry: entities with their aliases, facts with their evidence.
public struct ExportGraph: Sendable, Hashable {
    public var entities: [EntityRecord]
    public var edges: [EdgeRecord]
    /// Evidence by edge id, earliest article first.
    public var evidence: [Int: [EvidenceRecord]]
    /// Aliases by entity id, sorted.
    public var aliases: [Int: [String]]

    public init(entities: [EntityRecord], edges: [EdgeRecord], evidence: [Int: [EvidenceRecord]] = [:],
                aliases: [Int: [String]] = [:]) {
        self.entities = entities
        self.edges = edges
        self.evidence = evidence
        self.aliases = aliases
    }
}

extension Store {
    /// The whole graph for an exporter, in id order.
    public func exportGraph() throws -> ExportGraph {
        ExportGraph(entities: try entities(), edges: try edges(), evidence: try evidence(forEdges: nil),
                    aliases: try aliasesByEntity())
    }
}
