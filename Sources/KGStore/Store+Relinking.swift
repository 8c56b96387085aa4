import Foundation
import KGCore

/// One corpus, one graph, however runs split it. Which node an article's name joins can depend on
/// what was stored before it (a bare surname joins the one full name it is corroborated by; a name
/// two stored entities share joins neither), so the graph is defined as the one the articles give
/// when linked in `StoreOrder`. A run that stores articles in that order after everything stored
/// already just links them; one that stores an article before one already stored, or replaces an
/// article, owes a relinking: every article's names resolved again, in order, from what each
/// article's extraction said (`article_entities`, and the article's entity recorded with each
/// mention and piece of evidence). The debt is written in the article's own transaction and paid in
/// one transaction of its own, so a crash in between is paid by the next run, and paying it twice
/// gives the same graph.
///
/// User decisions survive: entities a user named (`kg alias add`, `kg merge`) are kept with their
/// user-made aliases and canonical name, and an article's name that is a user-made alias of one
/// entity joins it before any automatic rule is asked (`Store+Resolution`).
extension Store {
    /// Records what the article's extraction says about its entities, for relinking.
    func record(_ entities: [Entity], ofArticle article: Int) throws {
        let encoder = JSONEncoder()
        for (ord, entity) in entities.enumerated() {
            let aliases = String(decoding: try encoder.encode(entity.aliases), as: UTF8.self)
            try run("INSERT INTO article_entities(article, ord, name, type, aliases) VALUES (?, ?, ?, ?, ?)",
                    [DatabaseValue(article), DatabaseValue(ord), .text(entity.name), .text(entity.type.rawValue),
                     .text(aliases)])
        }
        try run("UPDATE articles SET recorded = 1 WHERE id = ?", [DatabaseValue(article)])
    }

    /// Notes, in the article's transaction, whether linking it now keeps the store order.
    func noteStoreOrder(of source: String, replaced: Bool) throws {
        let last = try scalar("SELECT value FROM linking WHERE key = 'last'")?.string
        if replaced || last.map({ StoreOrder.precedes(source, $0) }) == true {
            try run("INSERT OR REPLACE INTO linking(key, value) VALUES ('owed', '1')")
        } else {
            try run("INSERT OR REPLACE INTO linking(key, value) VALUES ('last', ?)", [.text(source)])
        }
    }

    /// Whether a run stored articles out of store order and the graph is to be relinked.
    public var relinkingOwed: Bool {
        get throws { try guarded { try owesRelinking() } }
    }

    private func owesRelinking() throws -> Bool {
        try scalar("SELECT 1 FROM linking WHERE key = 'owed'") != nil
    }

    /// Relinks every article in store order when a run owes it (`kg ingest` calls this when it
    /// ends); returns whether it did. Articles stored before schema 4 have no record of their
    /// entities: a graph holding any is left as it is (rebuilding it gives the guarantee).
    @discardableResult
    public func relinkIfOwed() throws -> Bool {
        try guarded {
            guard try owesRelinking() else { return false }
            // Relinking reads and rewrites most of the file: a page cache of 64 MB instead of 2 MB
            // keeps it from reading pages back through the kernel (relinking bbc-news: 1.1 -> 0.3 system CPU-s).
            try db.executeScript("PRAGMA cache_size = -65536")
            return try db.transaction {
                // Another writer may have paid the debt while this one waited for the lock.
                guard try owesRelinking() else { return false }
                try run("DELETE FROM linking WHERE key = 'owed'")
                guard try scalar("SELECT 1 FROM articles WHERE recorded = 0 LIMIT 1") == nil else { return false }
                let articles = try rows("SELECT id, source FROM articles").map { (id: $0.int(0), source: $0.text(1)) }
                    .sorted { StoreOrder.precedes($0.source, $1.source) }
                let recorded = try articles.map { try recordedExtraction(ofArticle: $0.id) }
                try forgetLinks()
                for (extraction, sentenceIDs) in recorded {
                    var outcome = IngestOutcome(change: .added, articleID: 0)
                    try link(extraction, sentenceIDs: sentenceIDs, outcome: &outcome)
                }
                if let last = articles.last {
                    try run("INSERT OR REPLACE INTO linking(key, value) VALUES ('last', ?)", [.text(last.source)])
                }
                return true
            }
        }
    }

    /// An article's extraction as recorded (its entities, its mentions and facts as linked), with
    /// its sentences' ids; indexes inside point into the article's entities and sentences. A row
    /// naming no recorded entity (a file edited by hand) is left out rather than trapping.
    private func recordedExtraction(ofArticle article: Int) throws -> (Extraction, [Int]) {
        let id = [DatabaseValue(article)]
        let decoder = JSONDecoder()
        let entities = try rows("SELECT name, type, aliases FROM article_entities WHERE article = ? ORDER BY ord", id)
            .map { row in
                Entity(name: row.text(0), type: EntityType(rawValue: row.text(1)) ?? .concept,
                       aliases: try decoder.decode([String].self, from: Data(row.text(2).utf8)))
            }
        let sentenceIDs = try rows("SELECT id FROM sentences WHERE article = ? ORDER BY ord", id).map { $0.int(0) }
        let sentenceIndex = Dictionary(uniqueKeysWithValues: sentenceIDs.enumerated().map { ($1, $0) })
        let mentions = try rows("""
            SELECT m.local, m.sentence, m.start, m."end", m.text FROM mentions m JOIN sentences s ON s.id = m.sentence
            WHERE s.article = ? ORDER BY m.id
            """, id).map { row in
                Mention(sentence: sentenceIndex[row.int(1)] ?? 0, tokens: 0..<0, start: row.int(2), end: row.int(3),
                        text: row.text(4), entity: row.int(0))
            }
            .filter { entities.indices.contains($0.entity) }
        let facts = try rows("""
            SELECT v.subject_local, e.relation, v.phrase, v.object_local, e.negated, v.modality, e.symmetric,
                   v.confidence, v.sentence, v.start, v."end"
            FROM evidence v JOIN sentences s ON s.id = v.sentence JOIN edges e ON e.id = v.edge
            WHERE s.article = ? ORDER BY v.id
            """, id).map { row in
                Fact(subject: row.int(0), relation: row.text(1), phrase: row.text(2), object: row.int(3),
                     negated: row.bool(4), modality: Modality(rawValue: row.text(5)) ?? .asserted,
                     symmetric: row.bool(6), confidence: row.double(7),
                     evidence: Evidence(sentence: sentenceIndex[row.int(8)] ?? 0, start: row.int(9), end: row.int(10)))
            }
            .filter { entities.indices.contains($0.subject) && entities.indices.contains($0.object) }
        let article = Article(source: "", title: "", text: "", hash: "")
        return (Extraction(article: article, entities: entities, mentions: mentions, facts: facts), sentenceIDs)
    }

    /// Removes every node, name, mention and fact that articles made, keeping the entities users
    /// named with their user-made aliases and their canonical name, for articles to be linked anew.
    private func forgetLinks() throws {
        try db.executeScript("""
            DELETE FROM evidence;
            DELETE FROM edges;
            DELETE FROM mentions;
            DELETE FROM aliases WHERE origin != 'user';
            DELETE FROM entities WHERE id NOT IN (SELECT entity FROM aliases);
            """)
        for row in try rows("SELECT id, name FROM entities") where !AliasKey.fold(row.text(1)).isEmpty {
            try run("INSERT INTO aliases(key, alias, entity) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [.text(AliasKey.fold(row.text(1))), .text(row.text(1)), DatabaseValue(row.int(0))])
        }
    }
}
