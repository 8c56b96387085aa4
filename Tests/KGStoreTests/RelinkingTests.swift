import Foundation
import KGCore
import Testing
@testable import KGStore

/// One set of articles, one graph, however runs split them: a run that stores an article before
/// one already stored relinks the graph in store order, so joins decided by what came first (a
/// bare surname, a name two entities share) come out the same.
@Suite struct RelinkingTests {
    /// Half A: a full name and, later in store order, its bare surname; a name one firm goes by.
    static let halfA = [
        TestArticle(source: "news/a.txt", sentences: ["Ilse Varga runs Korvex."],
                    entities: [.person("Ilse Varga"), .organization("Korvex")],
                    facts: [("Ilse Varga", "run", "Korvex", 0)]),
        TestArticle(source: "news/e.txt", sentences: ["Norcom Bank, or Norcom, lent money."],
                    entities: [.organization("Norcom Bank", "Norcom"), .concept("money")],
                    facts: [("Norcom Bank", "lend", "money", 0)]),
        TestArticle(source: "news/g.txt", sentences: ["Varga said Norcom cut jobs at Korvex."],
                    entities: [.person("Varga"), .organization("Norcom"), .organization("Korvex"), .concept("jobs")],
                    facts: [("Varga", "say", "Norcom", 0), ("Norcom", "cut", "jobs", 0)]),
    ]
    /// Half B: a second full name with that surname, and a second firm going by that name, both
    /// before the bare names in store order: with them, neither bare name joins anything.
    static let halfB = [
        TestArticle(source: "news/b.txt", sentences: ["Tomas Varga joined Korvex."],
                    entities: [.person("Tomas Varga"), .organization("Korvex")],
                    facts: [("Tomas Varga", "join", "Korvex", 0)]),
        TestArticle(source: "news/f.txt", sentences: ["Norcom Energy, or Norcom, drilled."],
                    entities: [.organization("Norcom Energy", "Norcom")]),
    ]

    /// Stores each run's articles in the order given, then pays any relinking the run owes, as `kg ingest` does.
    static func graph(runs: [[TestArticle]]) throws -> (graph: TemporaryStore, lines: [String]) {
        let graph = try TemporaryStore()
        for run in runs {
            for article in run { try graph.store.ingest(article.extraction) }
            try graph.store.relinkIfOwed()
        }
        return (graph, try Self.lines(graph.store))
    }

    /// The graph without ids, sorted: nodes with their names, mentions by article and place, facts with their evidence.
    static func lines(_ store: Store) throws -> [String] {
        var lines: [String] = []
        for sql in [
            """
            SELECT e.name || ' (' || e.type || '): ' || group_concat(a.alias || '/' || a.origin, ', ')
            FROM entities e JOIN aliases a ON a.entity = e.id GROUP BY e.id
            """,
            """
            SELECT ar.source || ' ' || m.start || '-' || m."end" || ' ' || m.text || ' -> ' || e.name
            FROM mentions m JOIN sentences s ON s.id = m.sentence JOIN articles ar ON ar.id = s.article
            JOIN entities e ON e.id = m.entity
            """,
            """
            SELECT su.name || ' -' || e.relation || '-> ' || ob.name || ' in ' || ar.source || ' ' || v.phrase
            FROM evidence v JOIN edges e ON e.id = v.edge JOIN entities su ON su.id = e.subject
            JOIN entities ob ON ob.id = e.object JOIN sentences s ON s.id = v.sentence JOIN articles ar ON ar.id = s.article
            """,
        ] {
            lines += try store.db.rows(sql).map { $0.text(0) }
        }
        return lines.sorted()
    }

    static var storeOrder: [TestArticle] { (halfA + halfB).sorted { StoreOrder.precedes($0.source, $1.source) } }

    @Test func twoRunsInEitherOrderGiveTheGraphOfOneRun() throws {
        let once = try Self.graph(runs: [Self.storeOrder])
        let aThenB = try Self.graph(runs: [Self.halfA, Self.halfB])
        let bThenA = try Self.graph(runs: [Self.halfB, Self.halfA])
        let backwards = try Self.graph(runs: [Self.storeOrder.reversed()])
        #expect(aThenB.lines == once.lines)
        #expect(bThenA.lines == once.lines)
        #expect(backwards.lines == once.lines)
        // What the store order decides: both full names and both firms are stored before the bare
        // names, so "Varga" and "Norcom" each stay a node of their own.
        #expect(try once.graph.names() == ["Ilse Varga", "Korvex", "Norcom", "Norcom Bank", "Norcom Energy",
                                          "Tomas Varga", "Varga", "jobs", "money"])
    }

    /// Without relinking, half A stored first joins the bare names to the only full name there was:
    /// the case the relinking exists for.
    @Test func storingAnArticleBeforeOneAlreadyStoredOwesARelinking() throws {
        let graph = try TemporaryStore()
        for article in Self.halfA { try graph.store.ingest(article.extraction) }
        #expect(try !graph.store.relinkingOwed)
        for article in Self.halfB { try graph.store.ingest(article.extraction) }
        #expect(try graph.store.relinkingOwed)
        #expect(try !graph.names().contains("Varga"), "Varga joined Ilse Varga while she was the only one")
        // The debt outlives the connection, as it outlives a crash, and is paid once.
        let reopened = try Store(path: graph.path)
        #expect(try reopened.relinkIfOwed())
        #expect(try !reopened.relinkIfOwed())
        #expect(try Self.lines(reopened) == Self.graph(runs: [Self.storeOrder]).lines)
    }

    /// A replaced article owes a relinking too: the names its old version gave are gone.
    @Test func aReplacedArticleIsRelinkedAsIfStoredOnlyInItsNewForm() throws {
        let changed = TestArticle(source: "news/b.txt", sentences: ["Ola Varga joined Korvex."],
                                  entities: [.person("Ola Varga"), .organization("Korvex")],
                                  facts: [("Ola Varga", "join", "Korvex", 0)])
        let replaced = try Self.graph(runs: [Self.storeOrder, [changed]])
        let fresh = try Self.graph(runs: [Self.storeOrder.map { $0.source == changed.source ? changed : $0 }])
        #expect(replaced.lines == fresh.lines)
        #expect(try !replaced.graph.names().contains("Tomas Varga"))
    }

    /// A user's merge and alias outlive relinking, and win over the automatic rules.
    @Test func userDecisionsSurviveRelinking() throws {
        let (graph, _) = try Self.graph(runs: [Self.halfB, Self.halfA])
        let store = graph.store
        _ = try store.merge(store.entity(named: "Varga"), into: store.entity(named: "Tomas Varga"))
        try store.addAlias("Norcom", to: store.entity(named: "Norcom Energy"))
        try store.ingest(TestArticle(source: "news/c.txt", sentences: ["Varga met Norcom staff."],
                                     entities: [.person("Varga"), .organization("Norcom")]).extraction)
        #expect(try store.relinkIfOwed())
        #expect(try graph.names() == ["Ilse Varga", "Korvex", "Norcom Bank", "Norcom Energy", "Tomas Varga", "jobs", "money"])
        // The bare names of both articles that used them alone.
        let bare = try store.db.rows("""
            SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity
            JOIN sentences s ON s.id = m.sentence JOIN articles a ON a.id = s.article
            WHERE a.source IN ('news/c.txt', 'news/g.txt') AND m.text IN ('Varga', 'Norcom')
            """).map { $0.text(0) }.sorted()
        #expect(bare == ["Norcom Energy", "Tomas Varga"])
    }

    @Test(arguments: [
        ("news/b.txt", "news/a.txt"), ("news-a/a.txt", "news/a.txt"), ("a.jsonl:10", "a.jsonl:9"),
        ("a.jsonl:3#part2", "a.jsonl:3"), ("a.json#12", "a.json#2"), ("doc#part10", "doc#part9"),
    ])
    func storeOrderIsTheOrderIngestReadsIn(later: String, earlier: String) {
        #expect(StoreOrder.precedes(earlier, later))
        #expect(!StoreOrder.precedes(later, earlier))
        #expect(!StoreOrder.precedes(later, later))
    }
}

extension Entity {
    static func organization(_ name: String, _ aliases: String...) -> Entity {
        Entity(name: name, type: .organization, aliases: aliases)
    }
    static func concept(_ name: String) -> Entity { Entity(name: name, type: .concept) }
}
