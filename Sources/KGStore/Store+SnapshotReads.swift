/// Bulk reads for the query engine's in-memory snapshot, row by row into the caller's arrays:
/// typed column reads, no `Row` per edge, since these loops run a million times on big graphs.
extension Store {
    /// Every entity, ordered by id.
    public func forEachEntity(_ body: (_ id: Int, _ name: String, _ type: String) throws -> Void) throws {
        let rows = try db.prepare("SELECT id, name, type FROM entities ORDER BY id")
        while try rows.step() { try body(Int(rows.int64(0)), rows.text(1), rows.text(2)) }
    }

    /// Every alias as written, ordered by entity, then alias.
    public func forEachAlias(_ body: (_ entity: Int, _ alias: String) throws -> Void) throws {
        let rows = try db.prepare("SELECT entity, alias FROM aliases ORDER BY entity, alias")
        while try rows.step() { try body(Int(rows.int64(0)), rows.text(1)) }
    }

    /// Every piece of evidence ordered by edge: its confidence, rounded to millionths, and its
    /// article's date (empty when unknown). Cheaper than the grouped `edge_summary` view.
    public func forEachEvidenceDate(_ body: (_ edge: Int, _ confidence: Double, _ date: String) throws -> Void) throws {
        let rows = try db.prepare("""
            SELECT v.edge, CAST(round(v.confidence * 1000000) AS INTEGER), a.date FROM evidence v
            JOIN sentences s ON s.id = v.sentence JOIN articles a ON a.id = s.article
            ORDER BY v.edge
            """)
        while try rows.step() { try body(Int(rows.int64(0)), Double(rows.int64(1)) / 1_000_000, rows.text(2)) }
    }

    /// Every edge without its evidence, ordered by id.
    public func forEachEdge(_ body: (_ id: Int, _ subject: Int, _ relation: String, _ object: Int,
                                     _ negated: Bool, _ symmetric: Bool) throws -> Void) throws {
        let rows = try db.prepare("SELECT id, subject, relation, object, negated, symmetric FROM edges ORDER BY id")
        while try rows.step() {
            try body(Int(rows.int64(0)), Int(rows.int64(1)), rows.text(2), Int(rows.int64(3)),
                     rows.int64(4) != 0, rows.int64(5) != 0)
        }
    }
}
