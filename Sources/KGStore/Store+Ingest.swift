import Foundation
import KGCore

/// Storing one article's extraction: one transaction per article; the same content again
/// writes nothing; new content for a known source replaces that article's facts only.
extension Store {
    /// Stores `extraction` in one transaction and reports what changed.
    @discardableResult
    public func ingest(_ extraction: Extraction) throws -> IngestOutcome {
        try validate(extraction)
        let article = extraction.article
        // Unchanged articles are recognised without taking the write lock.
        if let known = try guarded({ try knownArticle(article.source) }), known.hash == article.hash {
            return IngestOutcome(change: .unchanged, articleID: known.id)
        }
        return try guarded { try db.transaction { try store(extraction) } }
    }

    func knownArticle(_ source: String) throws -> (id: Int, hash: String)? {
        try rows("SELECT id, hash FROM articles WHERE source = ?", [.text(source)]).first.map { ($0.int(0), $0.text(1)) }
    }

    private func store(_ extraction: Extraction) throws -> IngestOutcome {
        let article = extraction.article
        var outcome: IngestOutcome
        var stale = StaleFacts()
        let now = DatabaseValue(Date().formatted(.iso8601))
        let fields: [DatabaseValue] = [.text(article.title), DatabaseValue(article.date), DatabaseValue(article.url),
                                       .text(article.hash), now]
        if let known = try knownArticle(article.source) {
            // Re-checked under the lock: another writer may have stored it meanwhile.
            if known.hash == article.hash { return IngestOutcome(change: .unchanged, articleID: known.id) }
            stale = try removeFacts(ofArticle: known.id)
            try run("UPDATE articles SET title = ?, date = ?, url = ?, hash = ?, ingested_at = ? WHERE id = ?",
                    fields + [DatabaseValue(known.id)])
            outcome = IngestOutcome(change: .replaced, articleID: known.id)
        } else {
            try run("INSERT INTO articles(title, date, url, hash, ingested_at, source) VALUES (?, ?, ?, ?, ?, ?)",
                    fields + [.text(article.source)])
            outcome = IngestOutcome(change: .added, articleID: Int(db.lastInsertRowID))
        }

        var sentenceIDs: [Int] = []
        sentenceIDs.reserveCapacity(extraction.sentences.count)
        for (ord, sentence) in extraction.sentences.enumerated() {
            try run("INSERT INTO sentences(article, ord, start, \"end\", text) VALUES (?, ?, ?, ?, ?)",
                    [DatabaseValue(outcome.articleID), DatabaseValue(ord), DatabaseValue(sentence.start),
                     DatabaseValue(sentence.end), .text(sentence.text)])
            sentenceIDs.append(Int(db.lastInsertRowID))
        }
        outcome.sentences = sentenceIDs.count
        try record(extraction.entities, ofArticle: outcome.articleID)
        try noteStoreOrder(of: article.source, replaced: outcome.change == .replaced)
        try link(extraction, sentenceIDs: sentenceIDs, settling: stale.entities, outcome: &outcome)
        try removeOrphans(stale)
        try run("DELETE FROM failures WHERE source = ?", [.text(article.source)])
        return outcome
    }

    /// Resolves the article's entities against the graph and stores its mentions and facts: the
    /// part of storing an article that relinking (`Store+Relinking`) repeats. Each mention and piece
    /// of evidence keeps the index of the article's entity it came from. `settling` are other nodes
    /// whose type and spelling are to be re-decided with the article's own.
    func link(_ extraction: Extraction, sentenceIDs: [Int], settling: Set<Int> = [],
              outcome: inout IngestOutcome) throws {
        // Only entities the article actually mentions or relates become nodes.
        var used = Set(extraction.mentions.map(\.entity))
        for fact in extraction.facts { used.formUnion([fact.subject, fact.object]) }
        var entityIDs = [Int](repeating: 0, count: extraction.entities.count)
        let evidence = ResolutionEvidence(extraction)
        for index in used.sorted() {
            entityIDs[index] = try resolve(extraction.entities[index], evidence: evidence.of(index), outcome: &outcome)
        }

        for mention in extraction.mentions {
            try run("""
                INSERT INTO mentions(entity, sentence, start, "end", text, type, local) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [DatabaseValue(entityIDs[mention.entity]), DatabaseValue(sentenceIDs[mention.sentence]),
                      DatabaseValue(mention.start), DatabaseValue(mention.end), .text(mention.text),
                      .text(extraction.entities[mention.entity].type.rawValue), DatabaseValue(mention.entity)])
        }
        outcome.mentions = extraction.mentions.count
        try settle(Set(used.map { entityIDs[$0] }).union(settling).sorted())

        for fact in extraction.facts {
            let edge = try edgeID(subject: entityIDs[fact.subject], relation: fact.relation,
                                  object: entityIDs[fact.object], negated: fact.negated,
                                  symmetric: fact.symmetric, outcome: &outcome)
            try run("""
                INSERT INTO evidence(edge, sentence, start, "end", phrase, modality, confidence, subject_local, object_local)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, [DatabaseValue(edge), DatabaseValue(sentenceIDs[fact.evidence.sentence]),
                      DatabaseValue(fact.evidence.start), DatabaseValue(fact.evidence.end), .text(fact.phrase),
                      .text(fact.modality.rawValue), DatabaseValue(Extraction.contractConfidence(fact.confidence)),
                      DatabaseValue(fact.subject), DatabaseValue(fact.object)])
            outcome.evidence += db.changes
        }
    }

    /// The edge for a fact, created when new. A symmetric fact already stored the other way
    /// round (North Korea –pact→ Russia) is the same edge.
    func edgeID(subject: Int, relation: String, object: Int, negated: Bool, symmetric: Bool,
                outcome: inout IngestOutcome) throws -> Int {
        let find = "SELECT id FROM edges WHERE subject = ? AND relation = ? AND object = ? AND negated = ?"
        if let id = try scalar(find, [DatabaseValue(subject), .text(relation), DatabaseValue(object), DatabaseValue(negated)])?.int {
            return id
        }
        if symmetric, let id = try scalar(find, [DatabaseValue(object), .text(relation), DatabaseValue(subject),
                                                 DatabaseValue(negated)])?.int {
            return id
        }
        try run("INSERT INTO edges(subject, relation, object, negated, symmetric) VALUES (?, ?, ?, ?, ?)",
                [DatabaseValue(subject), .text(relation), DatabaseValue(object), DatabaseValue(negated),
                 DatabaseValue(symmetric)])
        outcome.newEdges += 1
        return Int(db.lastInsertRowID)
    }

    /// What an article's old version touched, to be checked for orphans once the new version is in.
    struct StaleFacts {
        var edges: [Int] = []
        var entities: Set<Int> = []
    }

    /// Deletes the article's sentences, which cascades to its mentions and evidence.
    private func removeFacts(ofArticle article: Int) throws -> StaleFacts {
        var stale = StaleFacts()
        let id = [DatabaseValue(article)]
        for row in try rows("""
            SELECT DISTINCT e.id, e.subject, e.object FROM evidence v
            JOIN sentences s ON s.id = v.sentence JOIN edges e ON e.id = v.edge WHERE s.article = ?
            """, id) {
            stale.edges.append(row.int(0))
            stale.entities.formUnion([row.int(1), row.int(2)])
        }
        for row in try rows("""
            SELECT DISTINCT m.entity FROM mentions m JOIN sentences s ON s.id = m.sentence WHERE s.article = ?
            """, id) {
            stale.entities.insert(row.int(0))
        }
        try run("DELETE FROM sentences WHERE article = ?", id)
        try run("DELETE FROM article_entities WHERE article = ?", id)
        return stale
    }

    /// Edges left without evidence go; entities go when nothing mentions or relates them
    /// and no user named them (`kg alias add`, `kg merge`).
    private func removeOrphans(_ stale: StaleFacts) throws {
        for edge in stale.edges {
            try run("DELETE FROM edges WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge = ?1)",
                    [DatabaseValue(edge)])
        }
        for entity in stale.entities.sorted() {
            try run("""
                DELETE FROM entities WHERE id = ?1
                AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity = ?1)
                AND NOT EXISTS (SELECT 1 FROM edges WHERE subject = ?1)
                AND NOT EXISTS (SELECT 1 FROM edges WHERE object = ?1)
                AND NOT EXISTS (SELECT 1 FROM aliases WHERE entity = ?1 AND origin = 'user')
                """, [DatabaseValue(entity)])
        }
    }

    /// Rejects an extraction whose indexes point outside itself, before anything is written.
    func validate(_ extraction: Extraction) throws {
        let source = extraction.article.source
        let sentences = extraction.sentences.indices, entities = extraction.entities.indices
        for mention in extraction.mentions where !sentences.contains(mention.sentence) || !entities.contains(mention.entity) {
            throw StoreError.invalidExtraction(source: source, reason: "mention \"\(mention.text)\" points outside the extraction")
        }
        for fact in extraction.facts {
            guard entities.contains(fact.subject), entities.contains(fact.object),
                  sentences.contains(fact.evidence.sentence) else {
                throw StoreError.invalidExtraction(source: source, reason: "fact \"\(fact.phrase)\" points outside the extraction")
            }
            if fact.relation.isEmpty {
                throw StoreError.invalidExtraction(source: source, reason: "fact \"\(fact.phrase)\" has no relation")
            }
        }
    }
}
