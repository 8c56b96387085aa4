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

        // Evidence per edge (count, best confidence, article dates) in one ordered pass,
        // merged with the edges by id below; cheaper than the grouped edge_summary view.
        var evidence: [(edge: Int, count: Int, confidence: Double, dates: [Int32])] = []
        let evidenceRows = try store.db.prepare("""
            SELECT v.edge, CAST(round(v.confidence * 1000000) AS INTEGER), a.date FROM evidence v
            JOIN sentences s ON s.id = v.sentence JOIN articles a ON a.id = s.article
            ORDER BY v.edge
            """)
        while try evidenceRows.step() {
            let edge = Int(evidenceRows.int64(0))
            let confidence = Double(evidenceRows.int64(1)) / 1_000_000
            let day = Self.day(evidenceRows.text(2))
            if evidence.last?.edge == edge {
                evidence[evidence.count - 1].count += 1
                evidence[evidence.count - 1].confidence = max(evidence[evidence.count - 1].confidence, confidence)
                if let day { evidence[evidence.count - 1].dates.append(day) }
            } else {
                evidence.append((edge, 1, confidence, day.map { [$0] } ?? []))
            }
        }
        var edges: [EdgeInput] = []
        var next = 0
        // Typed column reads, no `Row` per edge: this loop runs a million times on big graphs.
        let edgeRows = try store.db.prepare("SELECT id, subject, relation, object, negated, symmetric FROM edges ORDER BY id")
        while try edgeRows.step() {
            let id = Int(edgeRows.int64(0))
            while next < evidence.count, evidence[next].edge < id { next += 1 }
            let stated = next < evidence.count && evidence[next].edge == id ? evidence[next] : nil
            edges.append(EdgeInput(id: id, subject: Int(edgeRows.int64(1)), relation: edgeRows.text(2), object: Int(edgeRows.int64(3)),
                                   negated: edgeRows.int64(4) != 0, symmetric: edgeRows.int64(5) != 0,
                                   evidenceCount: stated?.count ?? 0, confidence: stated?.confidence ?? 1,
                                   dates: stated?.dates ?? []))
        }
        self.init(entities: entities, aliases: aliases, edges: edges)
    }

    /// `2024-05-17…` → 20240517; nil for anything that does not start with an ISO day.
    static func day(_ text: String) -> Int32? {
        QueryParser.date(String(text.prefix(10)), endOfPeriod: false).map(Int32.init)
            ?? (text.count >= 4 ? QueryParser.date(String(text.prefix(7)), endOfPeriod: false).map(Int32.init) : nil)
    }
}
