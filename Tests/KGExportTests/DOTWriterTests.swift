import Foundation
import Testing
@testable import KGStore
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

    @Test func doubtfulFactsAreLeftOutUnlessTheFloorIsLowered() throws {
        let graph = try GraphFixture.small()
        // NATO's welcome of Romania (e7 -> e1) is made doubtful: one sentence at 0.1.
        try graph.store.db.execute("UPDATE evidence SET confidence = 0.1 WHERE edge = 5")
        let subgraph = try graph.subgraph
        let drawn = DOTWriter().selection(of: subgraph)
        #expect(drawn.filtered.doubtfulFacts == 1)
        #expect(!DOTWriter().write(subgraph).contains("\"e7\" -> \"e1\""))
        let all = DOTWriter(options: DOTOptions(minConfidence: 0))
        #expect(all.selection(of: subgraph).filtered.doubtfulFacts == 0)
        #expect(all.write(subgraph).contains("\"e7\" -> \"e1\" [label=\"welcome\"]"))
    }

    @Test func symmetricFactsPointBothWaysAndAreDrawnOnce() throws {
        let entities = [EntityRecord(id: 1, name: "Russia", type: "place"),
                        EntityRecord(id: 2, name: "North Korea", type: "place")]
        let edges = [EdgeRecord(id: 1, subject: 1, relation: "pact", object: 2, symmetric: true),
                     EdgeRecord(id: 2, subject: 2, relation: "pact", object: 1, symmetric: true)]
        let dot = DOTWriter().write(Subgraph(entities: entities, edges: edges))
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        // Two sentences in all state the pact, one for each direction it was stored in.
        #expect(edgeLines == ["  \"e1\" -> \"e2\" [label=\"pact ×2\", dir=\"both\"];"])
    }

    /// The hairball: a busy pair drew one overlapping line per relation.
    @Test func parallelFactsAreOneLineListingTheRelationsMostStatedFirst() throws {
        let entities = [EntityRecord(id: 1, name: "Tony Blair", type: "person"),
                        EntityRecord(id: 2, name: "Gordon Brown", type: "person")]
        let edges = [EdgeRecord(id: 1, subject: 1, relation: "meet", object: 2, evidenceCount: 1),
                     EdgeRecord(id: 2, subject: 1, relation: "criticise", object: 2, evidenceCount: 3),
                     EdgeRecord(id: 3, subject: 1, relation: "praise", object: 2, evidenceCount: 1),
                     EdgeRecord(id: 4, subject: 1, relation: "back", object: 2, evidenceCount: 2),
                     EdgeRecord(id: 5, subject: 1, relation: "thank", object: 2, evidenceCount: 1),
                     EdgeRecord(id: 6, subject: 2, relation: "answer", object: 1, evidenceCount: 1),
                     EdgeRecord(id: 7, subject: 1, relation: "meet", object: 2, negated: true, evidenceCount: 1)]
        let dot = DOTWriter(options: DOTOptions(showNegated: true)).write(Subgraph(entities: entities, edges: edges))
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edgeLines == [
            "  \"e1\" -> \"e2\" [label=\"criticise ×3\\nback ×2\\nmeet\\npraise\\n+1 more\"];",
            "  \"e2\" -> \"e1\" [label=\"answer\"];",
            "  \"e1\" -> \"e2\" [label=\"not meet\", style=\"dashed\", color=\"#b22222\", fontcolor=\"#b22222\"];",
        ])
    }

    @Test func conceptsAndTitlesAreLeftOutUnlessAsked() throws {
        let entities = [EntityRecord(id: 1, name: "Michael Howard", type: "person"),
                        EntityRecord(id: 2, name: "Mr", type: "concept"),
                        EntityRecord(id: 3, name: "Conservative Party", type: "organization"),
                        EntityRecord(id: 4, name: "£ 6", type: "concept"),
                        EntityRecord(id: 5, name: "Tim Howard", type: "person")]
        let edges = [EdgeRecord(id: 1, subject: 1, relation: "title", object: 2),
                     EdgeRecord(id: 2, subject: 1, relation: "lead", object: 3),
                     EdgeRecord(id: 3, subject: 3, relation: "spend", object: 4),
                     EdgeRecord(id: 4, subject: 5, relation: "title", object: 2)]
        let subgraph = Subgraph(entities: entities, edges: edges)
        let named = DOTWriter().selection(of: subgraph)
        #expect(named.kept.entities.map(\.name) == ["Michael Howard", "Conservative Party"])
        #expect(named.kept.edges.map(\.relation) == ["lead"])
        // Tim Howard's only fact was his title: he is left out with it, not drawn alone.
        #expect(named.filtered == FilteredOut(concepts: 2, titleFacts: 2, strandedEntities: 1))
        let titles = DOTWriter(options: DOTOptions(titles: true)).selection(of: subgraph)
        #expect(titles.kept.entities.map(\.name) == ["Michael Howard", "Mr", "Conservative Party", "Tim Howard"])
        let concepts = DOTWriter(options: DOTOptions(concepts: true)).selection(of: subgraph)
        #expect(concepts.kept.edges.map(\.relation) == ["lead", "spend"])
        let everything = DOTWriter(options: DOTOptions(concepts: true, titles: true)).selection(of: subgraph)
        #expect(everything.kept.edges.count == 4 && everything.filtered.isEmpty)
    }

    /// Two articles' "government" are two nodes of one label; the tooltip tells them apart by id.
    @Test func conceptNodesOfOneNameShowTheirIDs() throws {
        let entities = [EntityRecord(id: 1, name: "Peru", type: "place"), EntityRecord(id: 2, name: "government", type: "concept"),
                        EntityRecord(id: 3, name: "Chile", type: "place"), EntityRecord(id: 4, name: "government", type: "concept")]
        let edges = [EdgeRecord(id: 1, subject: 1, relation: "back", object: 2),
                     EdgeRecord(id: 2, subject: 3, relation: "back", object: 4)]
        let dot = DOTWriter(options: DOTOptions(concepts: true)).write(Subgraph(entities: entities, edges: edges))
        let tooltips = dot.split(separator: "\n").filter { $0.contains("tooltip=") }.map { $0.split(separator: "\"")[5] }
        #expect(tooltips == ["Peru (place)", "government (concept #2)", "Chile (place)", "government (concept #4)"])
    }

    @Test func minimumEvidenceLeavesOutFactsStatedOnce() throws {
        let entities = [EntityRecord(id: 1, name: "Romania", type: "place"), EntityRecord(id: 2, name: "Patriot", type: "object"),
                        EntityRecord(id: 3, name: "Ukraine", type: "place")]
        let edges = [EdgeRecord(id: 1, subject: 1, relation: "send", object: 2, evidenceCount: 2),
                     EdgeRecord(id: 2, subject: 2, relation: "go to", object: 3, evidenceCount: 1)]
        let drawn = DOTWriter(options: DOTOptions(minEvidence: 2)).selection(of: Subgraph(entities: entities, edges: edges))
        #expect(drawn.kept.edges.map(\.relation) == ["send"])
        #expect(drawn.kept.entities.map(\.name) == ["Romania", "Patriot"])
        #expect(drawn.filtered.weakFacts == 1)
    }

    /// With a node budget, at most twice as many lines are drawn: the weightiest, but each
    /// entity first keeps its strongest line so none floats alone.
    @Test func theLineBudgetKeepsEachEntitysStrongestLine() throws {
        let edges = [(1, 2, 9), (1, 3, 8), (2, 3, 7), (3, 4, 1), (2, 4, 1), (1, 4, 2)].enumerated().map { index, edge in
            EdgeRecord(id: index + 1, subject: edge.0, relation: "r", object: edge.1, evidenceCount: edge.2)
        }
        let lines = DOTWriter.mergingParallelEdges(edges)
        #expect(DOTWriter.weightiestLines(lines, budget: 3).map(\.ids) == [[1], [2], [6]])
        #expect(DOTWriter.weightiestLines(lines, budget: 4).map(\.ids) == [[1], [2], [3], [6]])
        let entities = (1...4).map { EntityRecord(id: $0, name: "N\($0)", type: "person") }
        let drawn = DOTWriter(options: DOTOptions(limit: 2)).selection(of: Subgraph(entities: entities, edges: edges))
        #expect(drawn.leftOutLines == 0 && drawn.kept.edges.map(\.id) == [1])
        let budgeted = DOTWriter(options: DOTOptions(limit: 2)).withinLineBudget(
            LimitedSubgraph(kept: Subgraph(entities: entities, edges: edges), leftOut: [], leftOutEdgeCount: 0))
        #expect(budgeted.kept.edges.map(\.id) == [1, 2, 3, 6])
        #expect(budgeted.leftOutLines == 2)
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
        let dot = try DOTWriter(options: DOTOptions(cluster: .article, showNegated: true, concepts: true))
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
        // Romania's facts are stated in 4 sentences, Patriot's in 3; the rest tie at 1 sentence
        // and 1 fact, and the lowest id is Ukraine. The concept and the entities of the negated
        // fact are filtered out before the budget, not left out by it.
        #expect(selection.kept.entities.map(\.name) == ["Romania", "Patriot", "Ukraine"])
        #expect(selection.kept.edges.map(\.relation) == ["send", "go to"])
        #expect(selection.leftOut.map(\.entity.name) == ["Russia", "North Korea", "Joe Biden", "NATO"])
        #expect(selection.leftOut.first?.evidence == 1)
        #expect(selection.filtered == FilteredOut(concepts: 1, negatedFacts: 1, strandedEntities: 2))
        #expect(selection.leftOutEdgeCount == 3)
        let dot = writer.write(subgraph)
        #expect(!dot.contains("Russia"))
    }

    @Test func noLimitDrawsEverythingAndEdgesToUnknownEntitiesAreDropped() throws {
        var subgraph = try GraphFixture.small().subgraph
        subgraph.edges.append(EdgeRecord(id: 99, subject: 1, relation: "dangling", object: 404))
        let selection = DOTWriter(options: DOTOptions(showNegated: true, limit: nil, concepts: true)).selection(of: subgraph)
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
