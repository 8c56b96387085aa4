import Foundation
import Testing
@testable import KGStore

@Suite struct CurationTests {
    /// Two nodes for one man (the extractor missed that "the President" is Biden), both sending aid.
    static func splitGraph() throws -> TemporaryStore {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(
            source: "a.txt", sentences: ["Joe Biden sent aid to Kyiv.", "Joe Biden visited Kyiv."],
            entities: [.person("Joe Biden"), .place("Kyiv")],
            facts: [("Joe Biden", "send_to", "Kyiv", 0), ("Joe Biden", "visit", "Kyiv", 1)]).extraction)
        try graph.store.ingest(TestArticle(
            source: "b.txt", sentences: ["Sleepy Joe sent aid to Kyiv."],
            entities: [.person("Sleepy Joe"), .place("Kyiv")],
            facts: [("Sleepy Joe", "send_to", "Kyiv", 0)]).extraction)
        return graph
    }

    @Test func mergeMovesMentionsAliasesAndEdgesAndUnifiesDuplicateEdges() throws {
        let graph = try Self.splitGraph()
        let kept = try graph.store.entity(named: "joe biden")
        let absorbed = try graph.store.entity(named: "SLEEPY JOE")
        let outcome = try graph.store.merge(absorbed, into: kept)
        #expect(outcome.edgesUnified == 1 && outcome.edgesMoved == 0 && outcome.mentions == 1)
        #expect(try graph.names() == ["Joe Biden", "Kyiv"])
        #expect(try graph.edges() == ["Joe Biden -send_to-> Kyiv x2", "Joe Biden -visit-> Kyiv x1"])
        #expect(try graph.store.entity(named: "Sleepy Joe").id == kept.id)
        #expect(try graph.store.aliases(of: kept) == ["Joe Biden", "Sleepy Joe"])
        // Evidence from both articles is still there.
        let evidence = try graph.store.evidence(edge: graph.store.edges().first { $0.relation == "send_to" }!.id)
        #expect(evidence.map(\.source) == ["a.txt", "b.txt"])
        // A later article that says "Sleepy Joe" resolves to the merged node.
        try graph.store.ingest(TestArticle(source: "c.txt", sentences: ["Sleepy Joe visited Kyiv."],
                                           entities: [.person("Sleepy Joe"), .place("Kyiv")],
                                           facts: [("Sleepy Joe", "visit", "Kyiv", 0)]).extraction)
        #expect(try graph.edges() == ["Joe Biden -send_to-> Kyiv x2", "Joe Biden -visit-> Kyiv x2"])
    }

    @Test func mergingAnEntityWithItselfIsRefused() throws {
        let graph = try Self.splitGraph()
        let biden = try graph.store.entity(named: "Joe Biden")
        #expect(throws: StoreError.sameEntity(name: "Joe Biden")) { try graph.store.merge(biden, into: biden) }
    }

    @Test func aUserAliasResolvesNamesAndOutlivesTheArticle() throws {
        let graph = try TemporaryStore()
        let kyiv = TestArticle(source: "a.txt", sentences: ["Kyiv was quiet."], entities: [.place("Kyiv")])
        try graph.store.ingest(kyiv.extraction)
        let others = try graph.store.addAlias("Kiev", to: graph.store.entity(named: "Kyiv"))
        #expect(others.isEmpty)
        #expect(try graph.store.entity(named: "kiev").name == "Kyiv")
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Kiev was loud."], entities: [.place("Kiev")]).extraction)
        #expect(try graph.names() == ["Kyiv"])
        // Both articles change and no longer name the city; the user's alias keeps the node.
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Nothing here."], entities: []).extraction)
        try graph.store.ingest(TestArticle(source: "b.txt", sentences: ["Nothing there."], entities: []).extraction)
        #expect(try graph.names() == ["Kyiv"])
    }

    @Test func unknownNamesSuggestCloseOnes() throws {
        let graph = try Self.splitGraph()
        // The closest name comes first; names sharing a word follow.
        #expect(throws: StoreError.unknownEntity(name: "Joe Bidne", suggestions: ["Joe Biden", "Sleepy Joe"])) {
            try graph.store.entity(named: "Joe Bidne")
        }
        #expect(throws: StoreError.unknownEntity(name: "Biden", suggestions: ["Joe Biden"])) {
            try graph.store.entity(named: "Biden")
        }
        #expect(try graph.store.entity(named: "#1").name == "Joe Biden")
        let error = StoreError.unknownEntity(name: "Biden", suggestions: ["Joe Biden"])
        #expect(error.description == "no entity named Biden; did you mean Joe Biden?")
    }

    @Test func anAmbiguousNameListsItsCandidates() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(TestArticle(source: "a.txt", sentences: ["Boris Johnson and Mike Johnson met."],
                                           entities: [.person("Boris Johnson", "Johnson"), .person("Mike Johnson", "Johnson")]).extraction)
        #expect(throws: StoreError.ambiguousEntity(name: "Johnson", candidates: ["Boris Johnson (person, #1)", "Mike Johnson (person, #2)"])) {
            try graph.store.entity(named: "Johnson")
        }
    }
}
