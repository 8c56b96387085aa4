import Foundation
import Testing
import KGStore
@testable import KGExport

@Suite struct DOTWriterTests {
    @Test func smallGraphMatchesGolden() throws {
        let graph = try GraphFixture.small()
        let dot = DOTWriter().write(try graph.subgraph)
        #expect(dot == (try Golden.expected("small.dot", actual: dot)))
    }

    @Test func evidenceClustersAndNegatedMatchGolden() throws {
        let graph = try GraphFixture.small()
        let writer = DOTWriter(options: DOTOptions(evidence: true, cluster: .article, showNegated: true))
        let dot = try writer.write(try graph.subgraph, from: graph.store)
        #expect(dot == (try Golden.expected("small-evidence-clusters.dot", actual: dot)))
    }

    @Test func sameGraphGivesSameBytesWhateverTheInputOrder() throws {
        let first = try GraphFixture.small()
        let second = try GraphFixture.small()
        let options = DOTOptions(evidence: true, cluster: .article, showNegated: true)
        let a = try DOTWriter(options: options).write(try first.subgraph, from: first.store)
        var shuffled = try second.subgraph
        shuffled.entities.reverse()
        shuffled.edges.reverse()
        let b = try DOTWriter(options: options).write(shuffled, from: second.store)
        #expect(a == b)
    }

    @Test func negatedFactsAreHiddenUnlessAskedAndThenDashed() throws {
        let subgraph = try GraphFixture.small().subgraph
        let hidden = DOTWriter().write(subgraph)
        #expect(!hidden.contains("Taurus\"") || !hidden.contains("send\", style=\"dashed\""))
        #expect(!hidden.contains("\"e8\" -> \"e9\""))
        let shown = DOTWriter(options: DOTOptions(showNegated: true)).write(subgraph)
        let line = try #require(shown.split(separator: "\n").first { $0.contains("\"e8\" -> \"e9\"") })
        #expect(line.contains("label=\"not send\""))
        #expect(line.contains("style=\"dashed\""))
    }

    @Test func symmetricFactsPointBothWaysAndAreDrawnOnce() throws {
        let entities = [EntityRecord(id: 1, name: "Russia", type: "place"),
                        EntityRecord(id: 2, name: "North Korea", type: "place")]
        let edges = [EdgeRecord(id: 1, subject: 1, relation: "pact", object: 2, symmetric: true),
                     EdgeRecord(id: 2, subject: 2, relation: "pact", object: 1, symmetric: true)]
        let dot = DOTWriter().write(Subgraph(entities: entities, edges: edges))
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edgeLines == ["  \"e1\" -> \"e2\" [label=\"pact\", dir=\"both\"];"])
    }

    @Test func evidenceTooltipListsSentencesWithTheirArticle() throws {
        let graph = try GraphFixture.small()
        let dot = try DOTWriter(options: DOTOptions(evidence: true, evidencePerTooltip: 1))
            .write(try graph.subgraph, from: graph.store)
        let line = try #require(dot.split(separator: "\n").first { $0.contains("\"e1\" -> \"e2\"") })
        #expect(line.contains("tooltip=\"“Romania decided to send its Patriot battery east.” — Romania sends air defence, 2024-05-02\\n… and 1 more\""))
    }

    @Test func articleClustersHoldEachEntityOnceInItsEarliestArticle() throws {
        let graph = try GraphFixture.small()
        let dot = try DOTWriter(options: DOTOptions(cluster: .article, showNegated: true))
            .write(try graph.subgraph, from: graph.store)
        // The undated Berlin article sorts first, as the store sorts evidence.
        let clusters = dot.split(separator: "\n").filter { $0.contains("subgraph \"cluster_article") }
        #expect(clusters == ["  subgraph \"cluster_article_3\" {", "  subgraph \"cluster_article_1\" {",
                             "  subgraph \"cluster_article_2\" {"])
        for id in 1...9 {
            let declarations = dot.split(separator: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"e\(id)\" [label=")
            }
            #expect(declarations.count == 1, "e\(id) declared \(declarations.count) times")
        }
        // Entities without evidence stay outside every cluster: "air defence" is declared before the first one.
        let airDefence = try #require(dot.range(of: "\"e10\" [label="))
        #expect(airDefence.lowerBound < dot.range(of: "cluster_article_3")!.lowerBound)
    }

    @Test func limitKeepsTheBestConnectedEntitiesAndReportsTheRest() throws {
        let subgraph = try GraphFixture.small().subgraph
        let writer = DOTWriter(options: DOTOptions(limit: 3))
        let selection = writer.selection(of: subgraph)
        // Romania has 3 facts, Patriot 2; then the 1-fact entities tie and the most evidence wins
        // (Russia and North Korea have 1 sentence, Ukraine 1, Joe Biden 1, NATO 1): lowest id is Ukraine.
        #expect(selection.kept.entities.map(\.name) == ["Romania", "Patriot", "Ukraine"])
        #expect(selection.kept.edges.map(\.relation) == ["send", "go to"])
        #expect(selection.leftOut.first?.entity.name == "Russia")
        #expect(selection.leftOut.map(\.entity.name).contains("air defence"))
        #expect(selection.leftOutEdgeCount == 3)
        let dot = writer.write(subgraph)
        #expect(!dot.contains("Russia"))
    }

    @Test func noLimitDrawsEverythingAndEdgesToUnknownEntitiesAreDropped() throws {
        var subgraph = try GraphFixture.small().subgraph
        subgraph.edges.append(EdgeRecord(id: 99, subject: 1, relation: "dangling", object: 404))
        let selection = DOTWriter(options: DOTOptions(limit: nil)).selection(of: subgraph)
        #expect(selection.isComplete)
        #expect(selection.kept.entities.count == 10)
        #expect(!selection.kept.edges.contains { $0.id == 99 })
    }

    @Test func longNamesAreCutInTheLabelButKeptInTheTooltip() {
        let name = String(repeating: "Ab", count: 100)
        let dot = DOTWriter(options: DOTOptions(maxLabelLength: 10))
            .write(Subgraph(entities: [EntityRecord(id: 1, name: name, type: "person")], edges: []))
        #expect(dot.contains("label=\"AbAbAbAbA…\""))
        #expect(dot.contains("tooltip=\"\(name) (person)\""))
    }

    @Test func emptyGraphIsStillADocument() {
        let dot = DOTWriter().write(Subgraph(entities: [], edges: []))
        #expect(dot.hasPrefix("digraph \"kg\" {\n"))
        #expect(dot.hasSuffix("color=\"#555555\"];\n}\n"))
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash\\", "\"back\\\\slash\\\\\""),
        ("two\nlines\r\nand\rmore", "\"two\\nlines\\nand\\nmore\""),
        ("tab\there", "\"tab here\""),
        ("NUL\u{0}bell\u{7}del\u{7F}c1\u{9F}", "\"NULbelldelc1\""),
        ("AT&T &lt;", "\"AT&amp;T &amp;lt;\""),
        ("<b>{graph}</b>", "\"<b>{graph}</b>\""),
        ("東京 \u{202E}rtl", "\"東京 \u{202E}rtl\""),
        ("non" + GraphFixture.noncharacters + "char", "\"nonchar\""),
    ] as [(String, String)])
    func quoting(name: String, quoted: String) {
        #expect(DOTString.quoted(name) == quoted)
    }
}
