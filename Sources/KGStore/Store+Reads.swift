import Foundation
import KGCore

/// Reads for the query engine and the exporters; all of them are plain SELECTs.
extension Store {
    /// Every entity that is an end of some edge or has a mention, ordered by id.
    public func entities() throws -> [EntityRecord] {
        try db.rows("SELECT id, name, type FROM entities ORDER BY id").map {
            EntityRecord(id: $0.int(0), name: $0.text(1), type: $0.text(2))
        }
    }

    /// Every edge with its evidence count and confidence (`EdgeConfidence.combined`), ordered by id.
    public func edges() throws -> [EdgeRecord] {
        try db.rows("""
            SELECT id, subject, relation, object, negated, symmetric, evidence_count, confidence
            FROM edge_summary ORDER BY id
            """).map(Self.edgeRecord)
    }

    static func edgeRecord(_ row: Row) -> EdgeRecord {
        EdgeRecord(id: row.int(0), subject: row.int(1), relation: row.text(2), object: row.int(3),
                   negated: row.bool(4), symmetric: row.bool(5), evidenceCount: row.int(6),
                   confidence: EdgeConfidence.combined(best: row.double(7), sentences: row.int(6)))
    }

    /// The sentences that state `edge`, earliest article first.
    public func evidence(edge: Int) throws -> [EvidenceRecord] {
        try db.rows("""
            SELECT \(Self.evidenceColumns)
            FROM evidence v JOIN sentences s ON s.id = v.sentence JOIN articles a ON a.id = s.article
            WHERE v.edge = ? ORDER BY a.date, a.id, s.ord
            """, [DatabaseValue(edge)]).map(Self.evidenceRecord)
    }

    /// The columns `evidenceRecord` reads, for a FROM clause naming evidence `v`, sentences `s`
    /// and articles `a`.
    static let evidenceColumns = "v.edge, s.text, v.phrase, v.modality, v.confidence, a.id, a.title, a.date, a.source"

    static func evidenceRecord(_ row: Row) -> EvidenceRecord {
        EvidenceRecord(edge: row.int(0), sentence: row.text(1), phrase: row.text(2), modality: row.text(3),
                       confidence: row.double(4), articleID: row.int(5), articleTitle: row.text(6),
                       articleDate: row.optionalText(7), source: row.text(8))
    }

    /// The names `entity` goes by as written, its canonical name first.
    public func aliases(of entity: EntityRecord) throws -> [String] {
        let names = try db.rows("SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", [DatabaseValue(entity.id)])
            .map { $0.text(0) }
        return [entity.name] + names.filter { $0 != entity.name }
    }

    /// The articles that mention `entity`, each once, earliest first.
    public func articles(mentioning entity: Int) throws -> [ArticleRecord] {
        try db.rows("""
            SELECT DISTINCT a.title, a.date, a.source FROM mentions m
            JOIN sentences s ON s.id = m.sentence JOIN articles a ON a.id = s.article
            WHERE m.entity = ? ORDER BY a.date, a.id
            """, [DatabaseValue(entity)]).map { ArticleRecord(title: $0.text(0), date: $0.optionalText(1), source: $0.text(2)) }
    }

    /// Up to `limit` sentences holding every one of `words` (full-text search), best match first.
    public func sentences(containing words: [String], limit: Int) throws -> [SentenceRecord] {
        // Each word becomes an FTS5 string, so user text is never read as FTS5 syntax.
        let match = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        return try db.rows("""
            SELECT s.text, a.title, a.date FROM sentences_fts f
            JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article
            WHERE sentences_fts MATCH ? ORDER BY f.rank, s.id LIMIT ?
            """, [.text(match), DatabaseValue(limit)])
            .map { SentenceRecord(text: $0.text(0), articleTitle: $0.text(1), articleDate: $0.optionalText(2)) }
    }

    /// The ends of the first edge, by id, that is not negated and not a loop; nil when there is none.
    public func firstPlainEdge() throws -> (subject: Int, object: Int)? {
        try db.rows("SELECT subject, object FROM edges WHERE negated = 0 AND subject <> object ORDER BY id LIMIT 1")
            .first.map { ($0.int(0), $0.int(1)) }
    }

    /// The smallest entity id; nil for an empty graph.
    public func firstEntityID() throws -> Int? {
        try db.rows("SELECT id FROM entities ORDER BY id LIMIT 1").first?.int(0)
    }

    /// The content hash of every stored article by source, so a caller can skip extracting
    /// articles that have not changed.
    public func articleHashes() throws -> [String: String] {
        var hashes: [String: String] = [:]
        for row in try db.rows("SELECT source, hash FROM articles") { hashes[row.text(0)] = row.text(1) }
        return hashes
    }
}
