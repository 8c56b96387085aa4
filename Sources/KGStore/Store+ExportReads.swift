/// Bulk reads for the exporters: one statement each instead of one per edge or entity.
extension Store {
    /// Runs `body`'s reads in one read transaction, so a dump taken while `kg ingest` writes
    /// sees one committed version of the graph, not entities from one and edges from another.
    /// Not for use inside another transaction.
    public func consistentRead<T>(_ body: () throws -> T) throws -> T {
        try db.executeScript("BEGIN DEFERRED")
        defer { try? db.executeScript("COMMIT") }
        return try body()
    }

    /// The evidence of the given edges (all edges when nil), keyed by edge id, each list in
    /// the order of `Store.evidence(edge:)`: earliest article first, then sentence order.
    public func evidence(forEdges ids: [Int]? = nil) throws -> [Int: [EvidenceRecord]] {
        var sql = """
            SELECT \(Store.evidenceColumns)
            FROM evidence v JOIN sentences s ON s.id = v.sentence JOIN articles a ON a.id = s.article
            """
        var arguments: [DatabaseValue] = []
        if let ids {
            // The ids travel as one bound JSON array, so any number of them fits one statement.
            sql += " WHERE v.edge IN (SELECT value FROM json_each(?))"
            arguments.append(.text("[" + ids.map(String.init).joined(separator: ",") + "]"))
        }
        sql += " ORDER BY v.edge, a.date, a.id, s.ord, v.start, v.id"
        var result: [Int: [EvidenceRecord]] = [:]
        for row in try db.rows(sql, arguments) {
            result[row.int(0), default: []].append(Store.evidenceRecord(row))
        }
        return result
    }

    /// Every entity's aliases as written, keyed by entity id, each list sorted and without repeats.
    public func aliasesByEntity() throws -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for row in try db.rows("SELECT DISTINCT entity, alias FROM aliases ORDER BY entity, alias") {
            result[row.int(0), default: []].append(row.text(1))
        }
        return result
    }
}
