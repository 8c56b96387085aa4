import Testing
@testable import KGStore
@testable import KGQuery

/// The query language folds names by the store's rule, so a name `kg merge` finds is the name
/// the shell finds: accents, case, punctuation and spelled-out initials do not matter.
@Suite struct NameFoldingTests {
    @Test func namesResolveAsTheStoreFoldsThem() throws {
        let store = try SampleGraph.store()
        try store.db.executeScript("""
            INSERT INTO entities (id, name, type) VALUES (40, 'Québec', 'place'), (41, 'U.N.', 'organization');
            INSERT INTO aliases (key, alias, entity) VALUES ('quebec', 'Québec', 40), ('un', 'U.N.', 41);
            INSERT INTO edges (id, subject, relation, object, negated, symmetric) VALUES (40, 41, 'visit', 40, 0, 0);
            """)
        let engine = QueryEngine(store: store)
        let graph = try engine.snapshot
        for spelling in ["Quebec", "QUÉBEC", "québec"] {
            #expect(graph.nodes(named: spelling).map { graph.names[Int($0)] } == ["Québec"], "\(spelling)")
        }
        for spelling in ["UN", "U. N.", "u n", "The U.N."] {
            #expect(graph.nodes(named: spelling).map { graph.names[Int($0)] } == ["U.N."], "\(spelling)")
            #expect(AliasKey.fold(spelling) == "un")
        }
    }
}
