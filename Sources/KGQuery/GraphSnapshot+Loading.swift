import KGCore
import KGStore

extension GraphSnapshot {
    /// Reads entities, aliases, edges and evidence dates from the store in four passes.
    public convenience init(store: Store) throws {
        var entities: [EntityRecord] = []
        try store.forEachEntity { id, name, type in entities.append(EntityRecord(id: id, name: name, type: type)) }
        var aliases: [(entity: Int, alias: String)] = []
        try store.forEachAlias { entity, alias in aliases.append((entity, alias)) }

        // Evidence per edge (count, best confidence, article dates) in one ordered pass,
        // merged with the edges by id below.
        var evidence: [(edge: Int, count: Int, confidence: Double, dates: [Int32])] = []
        try store.forEachEvidenceDate { edge, confidence, date in
            let day = Self.day(date)
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
        try store.forEachEdge { id, subject, relation, object, negated, symmetric in
            while next < evidence.count, evidence[next].edge < id { next += 1 }
            let stated = next < evidence.count && evidence[next].edge == id ? evidence[next] : nil
            edges.append(EdgeInput(id: id, subject: subject, relation: relation, object: object,
                                   negated: negated, symmetric: symmetric,
                                   evidenceCount: stated?.count ?? 0,
                                   confidence: stated.map { EdgeConfidence.combined(best: $0.confidence, sentences: $0.count) } ?? 1,
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
