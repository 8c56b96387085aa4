import Foundation
import Testing
@testable import KGQuery
@testable import KGStore

@Suite struct QueryEngineTests {
    let engine: QueryEngine
    init() throws { engine = try SampleGraph.engine() }

    @Test func shortestDirectedPath() throws {
        let result = try engine.run("path Romania -> Russia")
        #expect(result.rows == [["Romania -[support]-> Ukraine -[accuse]-> Russia", "2"]])
    }

    @Test func negatedEdgesOnlyWithNegated() throws {
        #expect(try SampleGraph.firstColumn(engine, "path Romania -> Russia with negated") == ["Romania -[not support]-> Russia"])
    }

    @Test func symmetricEdgeCrossesBothWays() throws {
        #expect(try SampleGraph.firstColumn(engine, "path Russia -> North Korea") == ["Russia -[pact]- North Korea"])
        #expect(try SampleGraph.firstColumn(engine, "path North Korea -> Russia via pact") == ["North Korea -[pact]- Russia"])
    }

    @Test func undirectedPathAndNoPath() throws {
        #expect(try SampleGraph.firstColumn(engine, "path Patriot -- Germany") == ["Patriot <-[send]- Germany"])
        let none = try engine.run("path Patriot -> Germany")
        #expect(none.rows.isEmpty)
        #expect(none.notes == ["no path from Patriot -> Germany within 6 hops through facts of confidence 0.4 or more "
                               + "('min confidence 0' takes every fact)"])
        #expect(try engine.run("path Biden -> Russia max 2").rows.isEmpty)
        #expect(try engine.run("path Biden -> Russia max 3").rows.count == 1)
    }

    @Test func allShortestAndKShortest() throws {
        // Biden reaches Patriot in two hops through Germany and through Romania.
        let all = try engine.run("path Biden -> Patriot all").rows.map { $0[0] }
        #expect(Set(all) == ["Joe Biden -[ask]-> Germany -[send]-> Patriot", "Joe Biden -[ask]-> Romania -[send]-> Patriot"])
        let k = try engine.run("path Biden -> Patriot k 3").rows.map { $0[0] }
        #expect(k.count == 3)
        #expect(Set(k.prefix(2)) == Set(all))
        #expect(k[2] == "Joe Biden -[ask]-> Romania -[support]-> Ukraine -[ask]-> United States -[supply]-> Patriot")
    }

    @Test func pathWithEvidence() throws {
        let result = try engine.run("path Romania -> Patriot with evidence")
        #expect(result.columns == ["path", "evidence", "article", "date"])
        #expect(result.rows == [
            ["Romania -[send]-> Patriot", "", "", ""],
            ["  Romania -[send]-> Patriot", "Romania will send a Patriot battery to its neighbour this summer.",
             "Bucharest sends air defence east", "2024-06-20"],
        ])
    }

    @Test func namesThroughAliasesCaseAndPunctuation() throws {
        #expect(try SampleGraph.firstColumn(engine, "path the u.s. -> patriot") == ["United States -[supply]-> Patriot"])
        #expect(try SampleGraph.firstColumn(engine, "path KYIV -> Washington") == ["Ukraine -[ask]-> United States"])
        #expect(try SampleGraph.firstColumn(engine, "path #7 -> #8") == ["Joe Biden -[ask]-> Germany"])
    }

    /// The id the error message tells the user to type works quoted too, as `kg dot --around`
    /// and `--path` pass names (the issue: `"#7"` was looked up as text and suggested "7e7").
    @Test func quotedIDsAreIDs() throws {
        #expect(try SampleGraph.firstColumn(engine, "path \"#7\" -> ' #8 '") == ["Joe Biden -[ask]-> Germany"])
        #expect(try engine.run("entity \"#2\"").rows[0] == ["name", "Patriot"])
        #expect(throws: QueryError("no entity with id #99", at: 7)) { try engine.run("entity \"#99\"") }
        let subgraph = try engine.subgraph(for: "neighbors \"#5\"")
        #expect(subgraph.entities.map(\.name).contains("North Korea"))
    }

    @Test func unknownNameSuggestsClosest() throws {
        #expect(throws: QueryError("no entity named \"Romnia\"; did you mean \"Romania\"?", at: 5)) {
            try engine.run("path Romnia -> Russia")
        }
        #expect(throws: QueryError("no entity named \"North\"; did you mean \"North Korea\", \"North Macedonia\"?", at: 10)) {
            try engine.run("neighbors North")
        }
        #expect(throws: QueryError("no entity with id #99", at: 7)) { try engine.run("entity #99") }
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        let store = try SampleGraph.store()
        try store.db.executeScript("""
            INSERT INTO entities (id, name, type) VALUES (20, 'Georgia', 'place'), (21, 'Georgia', 'place'), (22, 'Paris', 'place');
            INSERT INTO aliases (key, alias, entity) VALUES ('capital', 'the Capital', 22), ('capital', 'the Capital', 1), ('paris', 'Paris', 1);
            """)
        let engine = QueryEngine(store: store)
        #expect(throws: QueryError("\"Georgia\" could be #20 Georgia (place), #21 Georgia (place); name one by its #id", at: 7)) {
            try engine.run("entity Georgia")
        }
        #expect(throws: QueryError.self) { try engine.run("entity capital") }
        // An exact canonical name wins over someone else's alias.
        #expect(try engine.run("entity Paris").rows[0] == ["name", "Paris"])
    }

    @Test func unknownRelationListsKnownOnes() throws {
        #expect(throws: QueryError.self) { try engine.run("path Romania -> Russia via bogus") }
    }

    @Test func patterns() throws {
        #expect(try engine.run("Romania -[send]-> ?what").rows == [["Patriot"]])
        #expect(try engine.run("?who -[*]-> Patriot").rows == [
            ["Germany", "send"], ["Romania", "send"], ["United States", "supply"],
        ])
        #expect(try engine.run("?a -[pact]- ?b").rows == [["North Korea", "Russia"], ["Russia", "North Korea"]])
        #expect(try engine.run("?x -[send]-> Patriot <-[supply]- ?y").rows == [
            ["Germany", "United States"], ["Romania", "United States"],
        ])
        // A repeated variable binds the same entity.
        #expect(try engine.run("?x -[*]-> ?y -[*]-> ?x").rows.isEmpty == false)
        #expect(try engine.run("Biden -[ask]-> ?c -[send]-> Patriot").rows == [["Germany"], ["Romania"]])
        #expect(try engine.run("Romania -[send]-> Patriot").rows == [["Romania -[send]-> Patriot"]])
        #expect(try engine.run("?x -[?r]-> Ukraine").columns == ["?x", "?r"])
    }

    @Test func filtersApplyToPatterns() throws {
        #expect(try engine.run("North Korea -[supply]-> ?x min evidence 2").rows == [["Russia"]])
        #expect(try engine.run("?x -[support]-> Ukraine").rows == [["NATO"], ["Romania"]])
        #expect(try engine.run("?x -[support]-> Ukraine min confidence 0.5").rows == [["Romania"]])
        #expect(try engine.run("?x -[*]-> ?y since 2024-07").rows.count == 6)
        #expect(try engine.run("?x -[*]-> ?y until 2024-06-19").rows == [["North Korea", "Russia", "pact"], ["North Korea", "Russia", "supply"], ["Russia", "North Korea", "pact"]])
        #expect(try engine.run("Romania -[support]-> ?x with negated").rows == [["Russia"], ["Ukraine"]])
        #expect(try engine.run("?x -[*]-> ?y limit 2").rows.count == 2)
    }

    @Test func neighbors() throws {
        let out = try engine.run("neighbors Romania out")
        #expect(out.rows == [["1", "Romania", "send", "Patriot", "1"], ["1", "Romania", "support", "Ukraine", "1"]])
        #expect(try engine.run("neighbors Romania in").rows == [["1", "Joe Biden", "ask", "Romania", "1"]])
        let deep = try engine.run("neighbors Romania depth 2 via support|accuse")
        #expect(deep.rows.map { $0[1] + ">" + $0[3] } == ["Romania>Ukraine", "Ukraine>Russia", "NATO>Ukraine"])
    }

    @Test func whyListsEverySentence() throws {
        let result = try engine.run("why North Korea -[supply]-> Russia")
        #expect(result.rows.map { $0[1] } == [
            "Pyongyang has shipped shells to Russia, officials say.", "North Korea keeps shipping shells to Russia.",
        ])
        #expect(result.rows[0][2...] == ["A pact signed in Pyongyang", "2024-06-19", "pyongyang.txt"])
        #expect(try engine.run("why North Korea -[supply]-> Russia since 2024-01").rows.count == 1)
        #expect(try engine.run("why Romania -[support]-> Russia").rows.isEmpty)
        #expect(try engine.run("why Romania -[support]-> Russia with negated").rows.count == 1)
        #expect(try engine.run("why Russia -[*]- North Korea").rows.count == 3)
    }

    @Test func entityDescribesItself() throws {
        let rows = try engine.run("entity bucharest").rows
        #expect(rows.prefix(6).map { $0 } == [
            ["name", "Romania"], ["id", "#1"], ["type", "place"], ["aliases", "Bucharest"],
            ["degree", "3 out, 1 in"], ["articles", "2"],
        ])
    }

    @Test func findSearchesSentencesAndNames() throws {
        let rows = try engine.run("find Patriot").rows
        #expect(rows.first == ["entity", "Patriot", "object", ""])
        #expect(rows.filter { $0[0] == "sentence" }.count == 3)
        // FTS5 syntax in user text is searched for, not obeyed.
        #expect(try engine.run(#"find "shells" OR NEAR(x"#).rows.isEmpty)
        #expect(try engine.run("find shells until 2024-12").rows.count == 1)
        // Found by the fuzz test: a NUL inside a word cut the FTS5 string short.
        #expect(try engine.run("find a\"b\"\u{0}shells").rows.isEmpty)
        #expect(try engine.run("find \u{0}shells").rows.count == 2)
    }

    @Test func timelineOrdersByDate() throws {
        let rows = try engine.run("timeline Russia").rows
        #expect(rows.map(\.[0]) == ["2024-06-19", "2024-06-19", "2024-07-03", ""])
        #expect(rows[2][1] == "Ukraine -[accuse]-> Russia")
    }

    @Test func subgraphForDot() throws {
        let path = try engine.subgraph(for: "path Romania -> Russia")
        #expect(path.entities.map(\.name) == ["Romania", "Ukraine", "Russia"])
        #expect(path.edges.map(\.relation) == ["support", "accuse"])
        let around = try engine.subgraph(for: "dot neighbors Patriot in")
        #expect(Set(around.entities.map(\.name)) == ["Patriot", "Romania", "Germany", "United States"])
        #expect(try engine.subgraph(for: "?x -[pact]- ?y").edges.count == 1)
        #expect(throws: QueryError.self) { try engine.subgraph(for: "entity Romania") }
    }

    @Test func snapshotReloadsWhenAnotherConnectionWrites() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kg-query-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SampleGraph.store(path: path)
        let engine = QueryEngine(store: store)
        #expect(try engine.run("path Patriot -> Germany").rows.isEmpty)
        let writer = try KGStore.Store(path: store.db.path)
        try writer.db.execute("INSERT INTO edges (id, subject, relation, object) VALUES (100, 2, 'reach', 8)")
        #expect(try engine.run("path Patriot -> Germany").rows.count == 1)
    }
}
