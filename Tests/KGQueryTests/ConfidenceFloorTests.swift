import Foundation
import Testing
import KGCore
@testable import KGQuery
@testable import KGStore

/// Paths go through trusted facts unless the query lowers the floor, and `kg stats` counts them.
@Suite struct ConfidenceFloorTests {
    /// Dana Okafor advises Norbank (sure); Norbank owns Velmora (doubtful); Velmora supplies Tarsk in
    /// three sentences, each doubtful, that agree.
    static func store() throws -> Store {
        let store = try Store(path: ":memory:")
        try store.db.executeScript("""
            INSERT INTO articles (id, source, title, date, hash, ingested_at) VALUES
              (1, 'a.txt', 'Norbank and its owners', '2025-03-02', 'h1', '2025-03-03T00:00:00Z');
            INSERT INTO sentences (id, article, ord, start, "end", text) VALUES
              (1, 1, 0, 0, 30, 'Dana Okafor advises Norbank.'), (2, 1, 1, 31, 70, 'Norbank may own Velmora, some say.'),
              (3, 1, 2, 71, 100, 'Velmora ships parts to Tarsk.'), (4, 1, 3, 101, 130, 'Tarsk buys from Velmora.'),
              (5, 1, 4, 131, 160, 'Velmora is Tarsk''s supplier.');
            INSERT INTO entities (id, name, type) VALUES
              (1, 'Dana Okafor', 'person'), (2, 'Norbank', 'organization'), (3, 'Velmora', 'organization'),
              (4, 'Tarsk', 'organization');
            INSERT INTO aliases (key, alias, entity) VALUES
              ('dana okafor', 'Dana Okafor', 1), ('norbank', 'Norbank', 2), ('velmora', 'Velmora', 3), ('tarsk', 'Tarsk', 4);
            INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES
              (1, 1, 'advise', 2, 0, 0), (2, 2, 'own', 3, 0, 0), (3, 3, 'supply', 4, 0, 0);
            INSERT INTO evidence (edge, sentence, start, "end", phrase, confidence) VALUES
              (1, 1, 12, 19, 'advises', 0.7), (2, 2, 39, 47, 'may own', 0.2),
              (3, 3, 79, 84, 'ships', 0.3), (3, 4, 107, 111, 'buys', 0.3), (3, 5, 139, 148, 'supplier', 0.3);
            """)
        return store
    }

    @Test func pathsSkipFactsBelowTheFloorAndSaySo() throws {
        let engine = QueryEngine(store: try Self.store())
        #expect(try SampleGraph.firstColumn(engine, "path Dana Okafor -> Norbank") == ["Dana Okafor -[advise]-> Norbank"])
        let none = try engine.run("path Dana Okafor -> Velmora")
        #expect(none.rows.isEmpty)
        #expect(none.notes == ["no path from Dana Okafor -> Velmora within 6 hops through facts of confidence "
                               + "\(EdgeConfidence.trusted) or more ('min confidence 0' takes every fact)"])
    }

    @Test func theQueryLowersOrRaisesTheFloor() throws {
        let engine = QueryEngine(store: try Self.store())
        #expect(try SampleGraph.firstColumn(engine, "path Dana Okafor -> Velmora min confidence 0")
                == ["Dana Okafor -[advise]-> Norbank -[own]-> Velmora"])
        let raised = try engine.run("path Dana Okafor -> Norbank min confidence 0.9")
        #expect(raised.rows.isEmpty)
        #expect(raised.notes == ["no path from Dana Okafor -> Norbank within 6 hops"])
    }

    @Test func sentencesThatAgreeLiftAFactOverTheFloor() throws {
        let store = try Self.store()
        let engine = QueryEngine(store: store)
        #expect(try SampleGraph.firstColumn(engine, "path Velmora -> Tarsk") == ["Velmora -[supply]-> Tarsk"])
        let supply = try #require(try store.edges().first { $0.relation == "supply" })
        #expect(supply.confidence == EdgeConfidence.combined(best: 0.3, sentences: 3))
    }

    @Test func statsCountTheEdgesAtOrAboveTheFloor() throws {
        let stats = try Self.store().stats()
        #expect(stats.edges == 3)
        #expect(stats.trustedEdges == 2)
    }
}
