import Foundation
import Testing
@testable import KGStore

@Suite struct IngestTests {
    static let romania = TestArticle(
        source: "romania.txt",
        sentences: ["Romania will send a Patriot system to Ukraine.", "Ukraine thanked Romania for the Patriot."],
        entities: [.place("Romania"), .object("Patriot"), .place("Ukraine")],
        facts: [("Romania", "send", "Patriot", 0), ("Ukraine", "thank", "Romania", 1)])

    static let germany = TestArticle(
        source: "germany.txt",
        sentences: ["Germany will also send a Patriot to Ukraine."],
        entities: [.place("Germany"), .object("Patriot"), .place("Ukraine")],
        facts: [("Germany", "send", "Patriot", 0)])

    @Test func storesSentencesEntitiesMentionsAndEdges() throws {
        let graph = try TemporaryStore()
        let outcome = try graph.store.ingest(Self.romania.extraction)
        #expect(outcome.change == .added)
        #expect(outcome.sentences == 2 && outcome.newEntities == 3 && outcome.newEdges == 2 && outcome.evidence == 2)
        #expect(try graph.names() == ["Patriot", "Romania", "Ukraine"])
        #expect(try graph.edges() == ["Romania -send-> Patriot x1", "Ukraine -thank-> Romania x1"])
        #expect(try graph.count("mentions") == 6)
        let evidence = try graph.store.evidence(edge: graph.store.edges()[0].id)
        #expect(evidence.map(\.sentence) == ["Romania will send a Patriot system to Ukraine."])
        #expect(evidence.first?.source == "romania.txt")
    }

    @Test func reingestingAnUnchangedArticleWritesNothing() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(Self.romania.extraction)
        let observer = try Store(path: graph.path, readOnly: true)
        let before = try observer.dataVersion
        let outcome = try graph.store.ingest(Self.romania.extraction)
        #expect(outcome.change == .unchanged)
        #expect(try observer.dataVersion == before, "another connection saw a commit")
        #expect(try graph.count("articles") == 1 && graph.count("sentences") == 2 && graph.count("evidence") == 2)
    }

    @Test func aChangedArticleReplacesItsOwnFactsOnly() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(Self.romania.extraction)
        try graph.store.ingest(Self.germany.extraction)
        var changed = Self.romania
        changed.sentences = ["Romania will lend Ukraine a NASAMS battery."]
        changed.entities = [.place("Romania"), .place("Ukraine"), .object("NASAMS")]
        changed.facts = [("Romania", "lend", "NASAMS", 0)]
        let outcome = try graph.store.ingest(changed.extraction)
        #expect(outcome.change == .replaced)
        #expect(try graph.count("articles") == 2)
        // Germany's Patriot edge survives; Romania's old edges and nothing else are gone.
        #expect(try graph.edges() == ["Germany -send-> Patriot x1", "Romania -lend-> NASAMS x1"])
        #expect(try graph.names() == ["Germany", "NASAMS", "Patriot", "Romania", "Ukraine"])
        #expect(try graph.count("sentences") == 2)
        // Replacing with the first version again brings its facts back exactly.
        try graph.store.ingest(Self.romania.extraction)
        #expect(try graph.edges() == ["Germany -send-> Patriot x1", "Romania -send-> Patriot x1", "Ukraine -thank-> Romania x1"])
        #expect(try graph.names() == ["Germany", "Patriot", "Romania", "Ukraine"])
    }

    @Test func entitiesOfAReplacedArticleGoOnlyWhenNothingElseUsesThem() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(Self.romania.extraction)
        var changed = Self.romania
        changed.sentences = ["Ukraine thanked its allies."]
        changed.entities = [.place("Ukraine")]
        changed.facts = []
        try graph.store.ingest(changed.extraction)
        #expect(try graph.names() == ["Ukraine"])
        #expect(try graph.count("edges") == 0 && graph.count("evidence") == 0 && graph.count("aliases") == 1)
    }

    @Test func theSameFactInSeveralSentencesIsOneEdgeWithAllItsEvidence() throws {
        let graph = try TemporaryStore()
        var repeated = Self.romania
        repeated.sentences.append("Once more, Romania will send the Patriot.")
        repeated.facts.append(("Romania", "send", "Patriot", 2))
        try graph.store.ingest(repeated.extraction)
        var elsewhere = Self.germany
        elsewhere.sentences.append("Analysts say Romania will send the Patriot soon.")
        elsewhere.entities.append(.place("Romania"))
        elsewhere.facts.append(("Romania", "send", "Patriot", 1))
        let outcome = try graph.store.ingest(elsewhere.extraction)
        #expect(outcome.newEdges == 1, "only Germany's edge is new")
        #expect(try graph.edges() == ["Germany -send-> Patriot x1", "Romania -send-> Patriot x3", "Ukraine -thank-> Romania x1"])
        #expect(try graph.count("edges") == 3)
    }

    @Test func aSymmetricFactStatedTheOtherWayRoundIsTheSameEdge() throws {
        let graph = try TemporaryStore()
        let first = TestArticle(source: "a.txt", sentences: ["Russia and North Korea signed a pact."],
                                entities: [.place("Russia"), .place("North Korea")],
                                facts: [("Russia", "pact", "North Korea", 0)], symmetric: ["pact"])
        var second = first
        second.source = "b.txt"
        second.sentences = ["North Korea and Russia renewed their pact."]
        second.facts = [("North Korea", "pact", "Russia", 0)]
        try graph.store.ingest(first.extraction)
        try graph.store.ingest(second.extraction)
        #expect(try graph.edges() == ["Russia -pact-> North Korea x2"])
    }

    @Test func aNegatedFactIsADifferentEdge() throws {
        let graph = try TemporaryStore()
        var extraction = Self.romania.extraction
        extraction.facts[1].negated = true
        extraction.facts.append(extraction.facts[0])
        extraction.facts[2].negated = true
        try graph.store.ingest(extraction)
        #expect(try graph.store.edges().filter(\.negated).count == 2)
        #expect(try graph.count("edges") == 3)
    }

    @Test func anExtractionPointingOutsideItselfIsRejectedWhole() throws {
        let graph = try TemporaryStore()
        var broken = Self.romania.extraction
        broken.facts[1].object = 9
        #expect(throws: StoreError.self) { try graph.store.ingest(broken) }
        #expect(try graph.count("articles") == 0 && graph.count("sentences") == 0 && graph.count("entities") == 0)
    }
}
