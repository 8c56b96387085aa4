import KGCore
import Testing
@testable import KGStore

/// A generic (lower-case) concept names whatever its article is about, so it stays in that
/// article as a title's concept does; a capitalised one is a name the recogniser missed and joins.
@Suite struct GenericConceptTests {
    static func concept(_ name: String) -> Entity { Entity(name: name, type: .concept) }

    /// "the government" of Peru and of Chile are two nodes; one article's facts about it share one.
    @Test func aGenericConceptIsOneNodePerArticle() throws {
        let graph = try TemporaryStore()
        for (source, country) in [("a.txt", "Peru"), ("b.txt", "Chile")] {
            let outcome = try graph.store.ingest(TestArticle(
                source: source, sentences: ["\(country) backed the government.", "\(country) funded the government."],
                entities: [.place(country), Self.concept("the government")],
                facts: [(country, "back", "the government", 0), (country, "fund", "the government", 1)]).extraction)
            #expect(outcome.ambiguities.isEmpty)
        }
        #expect(try graph.names() == ["Chile", "Peru", "the government", "the government"])
        #expect(try graph.edges() == ["Chile -back-> the government x1", "Chile -fund-> the government x1",
                                      "Peru -back-> the government x1", "Peru -fund-> the government x1"])
        let objects = try graph.store.db.rows("SELECT DISTINCT object FROM edges WHERE subject IN (SELECT id FROM entities WHERE name = 'Peru')")
        #expect(objects.count == 1, "one article's facts about the government share its node")
    }

    /// The same capitalised concept in two articles is one node, and a generic one of the same
    /// spelling is no candidate for it: "Government" does not join another article's "government".
    @Test func aCapitalisedConceptStillJoinsAcrossArticlesButNotAGenericOne() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Oil from Cairn and the government."],
                                           entities: [Self.concept("Cairn"), Self.concept("government")]).extraction)
        let second = try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Cairn met Government."],
                                                        entities: [Self.concept("Cairn"), Self.concept("Government")]).extraction)
        #expect(second.newEntities == 1, "Cairn joins; Government is new")
        #expect(second.ambiguities.isEmpty)
        #expect(try graph.names() == ["Cairn", "Government", "government"])
    }

    /// Re-ingesting a changed article gives its generic concepts new nodes; the old ones go as
    /// orphans with the old facts, and another article's node of the same name stays.
    @Test func aReingestedArticleLeavesNoOrphanConcepts() throws {
        let graph = try TemporaryStore()
        let other = TestArticle(source: "b.txt", sentences: ["Chile backed the deal."],
                                entities: [.place("Chile"), Self.concept("deal")], facts: [("Chile", "back", "deal", 0)])
        try graph.store.ingest(other.extraction)
        for sentence in ["Peru backed the deal.", "Peru signed the deal."] {
            try graph.store.ingest(TestArticle(source: "a.txt", sentences: [sentence],
                                               entities: [.place("Peru"), Self.concept("deal")],
                                               facts: [("Peru", sentence.contains("signed") ? "sign" : "back", "deal", 0)]).extraction)
        }
        #expect(try graph.names() == ["Chile", "Peru", "deal", "deal"])
        #expect(try graph.edges() == ["Chile -back-> deal x1", "Peru -sign-> deal x1"])
        let orphans = try graph.store.db.scalar("""
            SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity = e.id)
            AND NOT EXISTS (SELECT 1 FROM edges WHERE subject = e.id OR object = e.id)
            """)?.int
        #expect(orphans == 0)
    }

    /// "Analyst" as a title in one article and "analyst" as a generic concept in two others is
    /// three nodes, with no warning that "analyst may mean Analyst or analyst", at ingest or in stats.
    @Test func conceptsThatStayInTheirArticleAreNotReportedAsAmbiguous() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Analyst Ola Berg spoke."],
                                           entities: [.person("Ola Berg"), Self.concept("Analyst")],
                                           facts: [("Ola Berg", "title", "Analyst", 0)]).extraction)
        for source in ["b.txt", "c.txt"] {
            let outcome = try graph.store.ingest(TestArticle(source: source, sentences: ["An analyst in \(source) spoke."],
                                                             entities: [Self.concept("analyst")]).extraction)
            #expect(outcome.ambiguities.isEmpty)
            #expect(outcome.newEntities == 1)
        }
        #expect(try graph.store.stats().ambiguities.isEmpty)
    }
}
