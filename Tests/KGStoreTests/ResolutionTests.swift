import Foundation
import KGCore
import Testing
@testable import KGStore

@Suite struct ResolutionTests {
    @Test(arguments: [
        ("U.S.", "us"), ("US", "us"), ("The United States", "united states"), ("U. S. A.", "usa"),
        ("Zelenskyy's", "zelenskyys"), ("Québec", "quebec"), ("  Joe   BIDEN ", "joe biden"), ("the", "the"),
    ])
    func aliasKeysFoldCasePunctuationAndALeadingThe(name: String, key: String) {
        #expect(AliasKey.fold(name) == key)
    }

    /// Two articles that name the same people and countries differently yield one node each.
    @Test func articlesNamingTheSameThingsDifferentlyShareNodes() throws {
        let graph = try TemporaryStore()
        let first = TestArticle(
            source: "visit.txt",
            sentences: ["President Joe Biden met Volodymyr Zelenskyy in the United States.",
                        "Biden said the U.S. would keep helping Ukraine."],
            entities: [.person("Joe Biden", "President Joe Biden", "Biden"), .person("Volodymyr Zelenskyy", "Zelenskyy"),
                       .place("United States", "U.S.", "US"), .place("Ukraine")],
            facts: [("Joe Biden", "meet", "Volodymyr Zelenskyy", 0), ("United States", "help", "Ukraine", 1)])
        let second = TestArticle(
            source: "aid.txt",
            sentences: ["Biden signed the aid bill, and US officials briefed Zelenskyy.",
                        "The United States will help Ukraine again."],
            entities: [.person("Biden"), .person("Zelenskyy"), .place("US"), .place("The United States"), .place("Ukraine")],
            facts: [("Biden", "brief", "Zelenskyy", 0), ("The United States", "help", "Ukraine", 1)])
        try graph.store.ingest(first.extraction)
        let outcome = try graph.store.ingest(second.extraction)
        #expect(outcome.newEntities == 0)
        #expect(outcome.ambiguities.isEmpty)
        #expect(try graph.names() == ["Joe Biden", "Ukraine", "United States", "Volodymyr Zelenskyy"])
        #expect(try graph.edges() == ["Joe Biden -brief-> Volodymyr Zelenskyy x1", "Joe Biden -meet-> Volodymyr Zelenskyy x1",
                                      "United States -help-> Ukraine x2"])
    }

    @Test func aStoredShortNameTakesTheFullNameOfALaterArticle() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Kirby spoke."], entities: [.person("Kirby")]).extraction)
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["John Kirby, or Kirby, spoke again."],
                                           entities: [.person("John Kirby", "Kirby")]).extraction)
        #expect(try graph.names() == ["John Kirby"])
    }

    /// An article whose recogniser missed a name keeps it as a concept; a known name still joins its node.
    @Test func aCapitalisedConceptThatIsAKnownNameJoinsThatEntity() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Ana Ruiz visited Peru."],
                                           entities: [.person("Ana Ruiz"), .place("Peru")]).extraction)
        let second = try graph.store.ingest(TestArticle(
            source: "b.txt", sentences: ["Peru thanked Ruiz for the bill."],
            entities: [.place("Peru"), Entity(name: "Ruiz", type: .concept), Entity(name: "bill", type: .concept)]).extraction)
        #expect(second.newEntities == 1, "only the lower-case concept is new")
        #expect(try graph.names() == ["Ana Ruiz", "Peru", "bill"])
        let third = try graph.store.ingest(TestArticle(source: "c.txt", sentences: ["Bill spoke."],
                                                       entities: [.person("Bill")]).extraction)
        #expect(third.newEntities == 1, "a person never joins a concept")
    }

    @Test func twoPeopleSharingAShortNameStayApartAndAreReported() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Boris Johnson resigned; Johnson left."],
                                           entities: [.person("Boris Johnson", "Johnson")]).extraction)
        let second = try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Mike Johnson spoke; Johnson left."],
                                                        entities: [.person("Mike Johnson", "Johnson")]).extraction)
        #expect(second.newEntities == 1)
        #expect(second.ambiguities == [Ambiguity(name: "Johnson", candidates: ["Boris Johnson", "Mike Johnson"])])
        let third = try graph.store.ingest(TestArticle(source: "c.txt", sentences: ["Johnson denied it."],
                                                       entities: [.person("Johnson")]).extraction)
        #expect(third.newEntities == 1, "a bare Johnson joins neither")
        #expect(third.ambiguities.first?.candidates == ["Boris Johnson", "Mike Johnson"])
        #expect(try graph.names() == ["Boris Johnson", "Johnson", "Mike Johnson"])
        #expect(try graph.store.stats().ambiguities.map(\.name) == ["Johnson"])
    }

    /// One name, one node: the type with more mentions behind it wins, whichever article came first.
    @Test func aNameKeepsOneNodeTypedByTheWeightOfItsMentions() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Velora cut prices."],
                                           entities: [.person("Velora")]).extraction)
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Velora hired staff.", "Velora grew.", "Velora won."],
                                           entities: [Entity(name: "Velora", type: .organization)]).extraction)
        #expect(try graph.store.entities().map(\.type) == ["organization"])
        try graph.store.ingest(TestArticle(source: "c.txt", sentences: ["Velora spoke."], entities: [.person("Velora")]).extraction)
        #expect(try graph.store.entities().map(\.type) == ["organization"], "one mention does not outweigh four")
    }

    /// The same articles in either order give a node the same type and spelling: a place read as an
    /// organisation twice is an organisation; one read each way is a place; of two spellings seen
    /// as often, the first in code-point order names the node.
    @Test(arguments: [false, true])
    func typeAndSpellingDoNotDependOnArrivalOrder(reversed: Bool) throws {
        let graph = try TemporaryStore()
        var articles = [
            TestArticle(source: "a.txt", sentences: ["Orvane opened a route to Tesk-Ura."],
                        entities: [.place("Orvane"), .place("Tesk-Ura")]),
            TestArticle(source: "b.txt", sentences: ["Orvane cut fares.", "Orvane hired pilots in Tesk Ura."],
                        entities: [Entity(name: "Orvane", type: .organization), Entity(name: "Tesk Ura", type: .organization)]),
        ]
        if reversed { articles.reverse() }
        for article in articles { try graph.store.ingest(article.extraction) }
        let nodes = try graph.store.entities().map { "\($0.name) \($0.type)" }.sorted()
        #expect(nodes == ["Orvane organization", "Tesk Ura place"])
        #expect(try graph.store.db.rows("SELECT alias FROM aliases ORDER BY alias").map { $0.text(0) } == ["Orvane", "Tesk Ura"])
    }

    /// A capitalised concept stored before any article named the thing joins the named node once one does.
    @Test func aCapitalisedConceptStoredFirstJoinsTheNameThatArrivesLater() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Shares in Corvell fell."],
                                           entities: [Entity(name: "Corvell", type: .concept)]).extraction)
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Corvell bought a mine."],
                                           entities: [Entity(name: "Corvell", type: .organization)]).extraction)
        #expect(try graph.store.entities().map { "\($0.name) \($0.type)" } == ["Corvell organization"])
        #expect(try graph.count("mentions") == 2)
    }

    /// A surname alias of a person does not pull in another type's node of that name.
    @Test func anotherTypeJoinsOnlyByItsOwnName() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Rhea Marlow spoke; Marlow left."],
                                           entities: [.person("Rhea Marlow", "Marlow")]).extraction)
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Marlow is a town."], entities: [.place("Marlow")]).extraction)
        #expect(try graph.names() == ["Marlow", "Rhea Marlow"])
    }

    /// A title's concept names one holder's office: "chief executive" in two articles is two nodes.
    @Test func aTitlesConceptStaysInItsArticle() throws {
        let graph = try TemporaryStore()
        for (source, person) in [("a.txt", "Ola Berg"), ("b.txt", "Ana Ruiz")] {
            let outcome = try graph.store.ingest(TestArticle(
                source: source, sentences: ["The chief executive \(person) spoke."],
                entities: [.person(person), Entity(name: "chief executive", type: .concept)],
                facts: [(person, "title", "chief executive", 0)]).extraction)
            #expect(outcome.ambiguities.isEmpty)
        }
        #expect(try graph.names() == ["Ana Ruiz", "Ola Berg", "chief executive", "chief executive"])
    }

    /// A bare surname joins the one full name it shares an organisation or person with, in either
    /// order of the articles; a shared surname alone is not enough.
    @Test func aBareSurnameJoinsTheFullNameOnlyWhenTheArticlesCorroborateIt() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Ilse Varga runs Korvex."],
                                           entities: [.person("Ilse Varga"), Entity(name: "Korvex", type: .organization)]).extraction)
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Varga said Korvex would grow."],
                                           entities: [.person("Varga"), Entity(name: "Korvex", type: .organization)]).extraction)
        try graph.store.ingest(TestArticle(source: "c.txt", sentences: ["Nadia Holt visited Lyon."],
                                           entities: [.person("Nadia Holt"), .place("Lyon")]).extraction)
        try graph.store.ingest(TestArticle(source: "f.txt", sentences: ["Holt won the race in Lyon."],
                                           entities: [.person("Holt"), .place("Lyon")]).extraction)
        #expect(try graph.names() == ["Holt", "Ilse Varga", "Korvex", "Lyon", "Nadia Holt"], "a shared place does not corroborate")
        // The other order: the bare name came first, the full name joins it later.
        try graph.store.ingest(TestArticle(source: "d.txt", sentences: ["Okoro praised the Delmar Trust."],
                                           entities: [.person("Okoro"), Entity(name: "Delmar Trust", type: .organization)]).extraction)
        try graph.store.ingest(TestArticle(source: "e.txt", sentences: ["Ada Okoro chairs the Delmar Trust."],
                                           entities: [.person("Ada Okoro"), Entity(name: "Delmar Trust", type: .organization)]).extraction)
        #expect(try graph.names() == ["Ada Okoro", "Delmar Trust", "Holt", "Ilse Varga", "Korvex", "Lyon", "Nadia Holt"])
        let orphans = try graph.store.db.scalar("SELECT count(*) FROM mentions WHERE entity NOT IN (SELECT id FROM entities)")?.int
        #expect(orphans == 0, "the bare node's mentions moved to the full name")
    }

    /// A given name is no cross-article name: "Prince Aldric" and "Aldric Vane" stay two people, and a
    /// bare "Aldric" elsewhere joins neither, whatever the order of the articles and though all
    /// three name the same firm (which would corroborate a bare surname).
    @Test(arguments: [["Prince Aldric", "Aldric Vane", "Aldric"], ["Aldric", "Aldric Vane", "Prince Aldric"],
                      ["Aldric Vane", "Aldric", "Prince Aldric"]])
    func aGivenNameAloneJoinsNoOneAcrossArticles(order: [String]) throws {
        let graph = try TemporaryStore()
        let korvath = Entity(name: "Korvath Systems", type: .organization)
        for (n, name) in order.enumerated() {
            let person = name == "Aldric" ? Entity.person(name) : Entity.person(name, "Aldric")
            try graph.store.ingest(TestArticle(source: "\(n).txt", sentences: ["\(name) visited Korvath Systems."],
                                               entities: [person, korvath]).extraction)
        }
        #expect(try graph.names() == ["Aldric", "Aldric Vane", "Korvath Systems", "Prince Aldric"])
        let aldric = try graph.store.db.scalar("SELECT count(*) FROM aliases WHERE key = 'aldric'")?.int
        #expect(aldric == 1, "only the bare node goes by the given name alone")
    }
}
