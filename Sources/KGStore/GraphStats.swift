import KGCore

/// Counts over the whole graph, as `kg stats` prints them.
public struct GraphStats: Sendable, Hashable {
    public struct RelationCount: Sendable, Hashable {
        public var relation: String
        public var edges: Int
        public var evidence: Int
    }

    public var articles = 0
    public var sentences = 0
    /// Named nodes: every type except concepts and literals (time, number).
    public var entities = 0
    public var concepts = 0
    public var literals = 0
    public var aliases = 0
    public var mentions = 0
    public var edges = 0
    /// Edges of confidence `EdgeConfidence.trusted` or more: what paths and drawings use by default.
    public var trustedEdges = 0
    public var evidence = 0
    /// Most frequent first (by edges, then evidence, then name).
    public var relations: [RelationCount] = []
    /// Names shared by several entities of compatible type, kept apart.
    public var ambiguities: [Ambiguity] = []
    /// Articles whose extraction crashed or timed out and that no later run has stored.
    public var failures: [ExtractionFailure] = []
}

extension Store {
    /// Counts of everything; `details` adds relations by frequency and ambiguous names.
    public func stats(details: Bool = true) throws -> GraphStats {
        try guarded {
            var stats = GraphStats()
            func count(_ sql: String) throws -> Int { try db.scalar(sql)?.int ?? 0 }
            stats.articles = try count("SELECT count(*) FROM articles")
            stats.sentences = try count("SELECT count(*) FROM sentences")
            for row in try db.rows("SELECT type, count(*) FROM entities GROUP BY type") {
                switch row.text(0) {
                case "concept": stats.concepts += row.int(1)
                case "time", "number": stats.literals += row.int(1)
                default: stats.entities += row.int(1)
                }
            }
            stats.aliases = try count("SELECT count(*) FROM aliases")
            stats.mentions = try count("SELECT count(*) FROM mentions")
            stats.edges = try count("SELECT count(*) FROM edges")
            stats.trustedEdges = try db.rows("SELECT evidence_count, confidence FROM edge_summary").count {
                EdgeConfidence.combined(best: $0.double(1), sentences: $0.int(0)) >= EdgeConfidence.trusted
            }
            stats.evidence = try count("SELECT count(*) FROM evidence")
            stats.failures = try failures()
            guard details else { return stats }
            stats.relations = try db.rows("""
                SELECT e.relation, count(DISTINCT e.id), count(v.id) FROM edges e LEFT JOIN evidence v ON v.edge = e.id
                GROUP BY e.relation ORDER BY 2 DESC, 3 DESC, 1
                """).map { GraphStats.RelationCount(relation: $0.text(0), edges: $0.int(1), evidence: $0.int(2)) }
            stats.ambiguities = try ambiguities()
            return stats
        }
    }

    /// Folded names that several entities of compatible type share, by name. Nodes that stay in
    /// their article share their names by design ("government" in every article), so they are left out.
    func ambiguities() throws -> [Ambiguity] {
        var byKey: [(key: String, alias: String, entities: [(name: String, type: String)])] = []
        for row in try db.rows("""
            SELECT a.key, a.alias, e.name, e.type, e.id FROM aliases a JOIN entities e ON e.id = a.entity
            WHERE a.key IN (SELECT key FROM aliases GROUP BY key HAVING count(*) > 1)
            ORDER BY a.key, e.id
            """) {
            guard try !staysInArticle(Candidate(id: row.int(4), name: row.text(2), type: row.text(3))) else { continue }
            if byKey.last?.key != row.text(0) { byKey.append((row.text(0), row.text(1), [])) }
            byKey[byKey.count - 1].entities.append((row.text(2), row.text(3)))
        }
        return byKey.compactMap { group in
            let clash = group.entities.filter { one in
                group.entities.contains { other in other != one && Self.compatible(one.type, other.type) }
            }
            return clash.count > 1 ? Ambiguity(name: group.alias, candidates: clash.map(\.name)) : nil
        }
    }
}
