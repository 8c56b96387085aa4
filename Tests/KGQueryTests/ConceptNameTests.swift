import Testing
@testable import KGQuery
@testable import KGStore

/// A generic concept is one node per article, so its name stands for all of them where a set
/// makes sense; a path needs one, and named entities sharing a name stay ambiguous.
@Suite struct ConceptNameTests {
    let engine: QueryEngine

    /// The sample graph plus "government" in two articles: Romania's and Germany's.
    /// Concepts have no mentions, as in a real store: a node's article is that of its facts.
    init() throws {
        let store = try SampleGraph.store()
        try store.db.executeScript("""
            INSERT INTO sentences (id, article, ord, start, "end", text) VALUES
              (13, 1, 3, 181, 220, 'Romania criticised the government.'),
              (14, 3, 5, 261, 300, 'Germany criticised the government.');
            INSERT INTO entities (id, name, type) VALUES (30, 'government', 'concept'), (31, 'government', 'concept');
            INSERT INTO aliases (key, alias, entity) VALUES ('government', 'government', 30), ('government', 'government', 31);
            INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES
              (30, 1, 'criticise', 30, 0, 0), (31, 8, 'criticise', 31, 0, 0);
            INSERT INTO evidence (edge, sentence, start, "end", phrase, confidence) VALUES
              (30, 13, 189, 199, 'criticised', 0.8), (31, 14, 269, 279, 'criticised', 0.8);
            """)
        engine = QueryEngine(store: store)
    }

    @Test func aPatternOverAConceptNameMatchesTheNodesOfEveryArticle() throws {
        #expect(try engine.run("?who -[criticise]-> government").rows == [["Germany"], ["Romania"]])
        #expect(try engine.run("Romania -[criticise]-> government").rows.count == 1)
        #expect(try engine.run("government <-[*]- ?who").rows == [["Germany", "criticise"], ["Romania", "criticise"]])
    }

    @Test func whyNeighborsAndTimelineTakeEveryNode() throws {
        #expect(try SampleGraph.firstColumn(engine, "why Romania -[criticise]-> government") == ["Romania -[criticise]-> government"])
        #expect(try engine.run("neighbors government").rows.map { $0[1] }.sorted() == ["Germany", "Romania"])
        #expect(try engine.run("timeline government").rows.count == 2)
        let subgraph = try engine.subgraph(for: "neighbors government")
        #expect(subgraph.anchors.sorted() == [30, 31])
    }

    @Test func entityListsTheNodesWithTheirIDs() throws {
        let rows = try engine.run("entity government").rows
        #expect(rows.prefix(3) == [["name", "government"], ["type", "concept"], ["nodes", "2, one per article"]])
        #expect(rows.dropFirst(3).map { $0[1] } == [
            "#30: 0 out, 1 in, Bucharest sends air defence east (2024-06-20) air-defence.txt",
            "#31: 0 out, 1 in, Allies weigh more help (2024-07-03) allies.txt",
        ])
        #expect(try engine.run("entity #31").rows[1] == ["id", "#31"])
    }

    /// The lower-case generic noun means the concepts even when an organisation is called "Government";
    /// the organisation answers to its capitalised name, in patterns and paths alike.
    @Test func aLowerCaseNameMeansTheConceptsBesideANamedEntityOfThatName() throws {
        let store = try SampleGraph.store()
        try store.db.executeScript("""
            INSERT INTO entities (id, name, type) VALUES (30, 'government', 'concept'), (31, 'government', 'concept'),
              (32, 'Government', 'organization');
            INSERT INTO aliases (key, alias, entity) VALUES ('government', 'government', 30), ('government', 'government', 31),
              ('government', 'Government', 32);
            INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES
              (30, 1, 'criticise', 30, 0, 0), (31, 8, 'criticise', 31, 0, 0), (32, 32, 'criticise', 1, 0, 0);
            """)
        let engine = QueryEngine(store: store)
        #expect(try engine.run("?who -[criticise]-> government").rows == [["Germany"], ["Romania"]])
        #expect(try engine.run("Government -[criticise]-> ?x").rows == [["Romania"]])
        #expect(try SampleGraph.firstColumn(engine, "path Government -> Romania") == ["Government -[criticise]-> Romania"])
    }

    /// A path to "government" would end at whichever article's node is nearest: the user names one.
    @Test func aPathNeedsOneConceptNode() throws {
        #expect(throws: QueryError("\"government\" is 2 concept nodes, one per article (#30 government (concept), "
                                   + "#31 government (concept)); name one by its #id (`entity government` lists them)", at: 16)) {
            try engine.run("path Romania -> government")
        }
        #expect(try SampleGraph.firstColumn(engine, "path Romania -> #30") == ["Romania -[criticise]-> government"])
    }
}
