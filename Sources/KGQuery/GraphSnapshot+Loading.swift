import KGStore

extension GraphSnapshot {
    /// Reads entities, aliases, edges and evidence dates from the store in four SELECTs.
    public convenience init(store: Store) throws {
        var entities: [EntityRecord] = []
        let entityRows = try store.db.prepare("SELECT id, name, type FROM entities ORDER BY id")
        while try entityRows.step() {
            entities.append(EntityRecord(id: Int(entityRows.int64(0)), name: entityRows.text(1), type: entityRows.text(2)))
        }
        var aliases: [(entity: Int, alias: String)] = []
        let aliasRows = try store.db.prepare("SELECT entity, alias FROM aliases ORDER BY entity, alias")
        while try aliasRows.step() { aliases.append((Int(aliasRows.int64(0)), aliasRows.text(1))) }

        var datesByEdge: [Int: [Int32]] = [:]
        let dateRows = try store.db.prepare("""
            SELECT v.edge, a.date FROM evidence v
            JOIN sentences s ON s.id = v.sentence JOIN articles a ON a.id = s.article
            WHERE a.date IS NOT NULL
            """)
        while try dateRows.step() {
            if let day = Self.day(dateRows.text(1)) { datesByEdge[Int(dateRows.int64(0)), default: []].append(day) }
        }
        var edges: [EdgeInput] = []
        // Typed column reads, no `Row` per edge: this loop runs a million times on big graphs.
        // Confidence arrives in millionths so every column reads as an integer.
        let edgeRows = try store.db.prepare("""
            SELECT id, subject, relation, object, negated, symmetric, evidence_count,
                   CAST(round(coalesce(confidence, 1) * 1000000) AS INTEGER)
            FROM edge_summary ORDER BY id
            """)
        while try edgeRows.step() {
            let id = Int(edgeRows.int64(0))
            edges.append(EdgeInput(id: id, subject: Int(edgeRows.int64(1)), relation: edgeRows.text(2), object: Int(edgeRows.int64(3)),
                                   negated: edgeRows.int64(4) != 0, symmetric: edgeRows.int64(5) != 0,
                                   evidenceCount: Int(edgeRows.int64(6)), confidence: Double(edgeRows.int64(7)) / 1_000_000,
                                   dates: datesByEdge[id] ?? []))
        }
        self.init(entities: entities, aliases: aliases, edges: edges)
    }

    /// `2024-05-17…` → 20240517; nil for anything that does not start with an ISO day.
    static func day(_ text: String) -> Int32? {
        QueryParser.date(String(text.prefix(10)), endOfPeriod: false).map(Int32.init)
            ?? (text.count >= 4 ? QueryParser.date(String(text.prefix(7)), endOfPeriod: false).map(Int32.init) : nil)
    }
}
