import Foundation
import Testing
@testable import KGStore
@testable import KGExport

@Suite struct JSONLinesWriterTests {
    /// Decodes a JSON lines export back into entity and edge lines, checking the order on the way.
    static func read(_ text: String) throws -> (entities: [EntityLine], edges: [EdgeLine]) {
        let decoder = JSONDecoder()
        var entities: [EntityLine] = [], edges: [EdgeLine] = []
        #expect(text.hasSuffix("\n"))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let data = Data(line.utf8)
            struct Kind: Decodable { var kind: String }
            switch try decoder.decode(Kind.self, from: data).kind {
            case "entity":
                #expect(edges.isEmpty, "an entity line after the edges")
                entities.append(try decoder.decode(EntityLine.self, from: data))
            case "edge": edges.append(try decoder.decode(EdgeLine.self, from: data))
            case let other: Issue.record("unknown kind \(other)")
            }
        }
        return (entities, edges)
    }

    @Test func storeGraphRoundTripsEveryEntityAndEdgeOnce() throws {
        let fixture = try GraphFixture.small()
        let graph = try fixture.store.exportGraph()
        let (entities, edges) = try Self.read(try JSONLinesWriter().write(graph))
        #expect(entities.map(\.id) == graph.entities.map(\.id))
        #expect(entities.map(\.name) == graph.entities.map(\.name))
        #expect(entities.first { $0.name == "Joe Biden" }?.aliases == ["Biden", "Joe Biden", "President Joe Biden"])
        #expect(edges.map(\.id) == graph.edges.map(\.id))
        for (line, edge) in zip(edges, graph.edges) {
            #expect(line.subject == edge.subject && line.object == edge.object)
            #expect(line.relation == edge.relation && line.negated == edge.negated && line.symmetric == edge.symmetric)
            #expect(line.evidence.map(\.sentence) == (graph.evidence[edge.id] ?? []).map(\.sentence))
        }
        let send = try #require(edges.first)
        #expect(send.evidence.first?.article == EdgeLine.Article(id: 1, title: "Romania sends air defence",
                                                                  date: "2024-05-02", source: "articles/Romania sends air defence.txt"))
    }

    @Test func hostileStringsSurviveOneObjectPerLine() throws {
        let graph = GraphFixture.hostileGraph()
        let text = try JSONLinesWriter().write(graph)
        #expect(text.split(separator: "\n").count == graph.entities.count + graph.edges.count)
        let (entities, edges) = try Self.read(text)
        #expect(entities.map(\.name) == graph.entities.map(\.name))
        #expect(entities.map(\.type) == graph.entities.map(\.type))
        #expect(entities.map(\.aliases) == graph.entities.map { graph.aliases[$0.id]! })
        #expect(edges.map(\.relation) == graph.edges.map(\.relation))
        #expect(edges.map { $0.evidence.map(\.sentence) } == graph.edges.map { graph.evidence[$0.id]!.map(\.sentence) })
    }

    @Test func evidenceKeepsItsModalityAndConfidencesAreRounded() throws {
        let fixture = try GraphFixture.small()
        let article = try fixture.article("Plans in Kyiv", date: "2024-07-01")
        let edge = try fixture.fact(fixture.entity("Poland", "place"), "send", fixture.entity("Leopard", "object"),
                                    modality: "planned", evidence: [(article, "Poland plans to send Leopards.")])
        try fixture.store.db.execute("UPDATE evidence SET confidence = 0.6519999999999999 WHERE edge = ?", [DatabaseValue(edge)])
        let text = try JSONLinesWriter().write(try fixture.store.exportGraph())
        let (_, edges) = try Self.read(text)
        let planned = try #require(edges.first { $0.id == edge })
        #expect(planned.evidence.map(\.modality) == ["planned"])
        #expect(planned.evidence.map(\.confidence) == [0.652])
        #expect(text.contains("\"confidence\":0.652,\"modality\":\"planned\""))
        #expect(!text.contains("0.6519999"))
        #expect(edges.filter { $0.id != edge }.allSatisfy { $0.evidence.allSatisfy { $0.modality == "asserted" } })
    }

    @Test func sameGraphGivesSameBytes() throws {
        let a = try JSONLinesWriter().write(try GraphFixture.small().store.exportGraph())
        let b = try JSONLinesWriter().write(try GraphFixture.small().store.exportGraph())
        #expect(a == b)
    }
}

@Suite struct ConsistentReadTests {
    @Test func aDumpDoesNotSeeWritesCommittedAfterItsFirstRead() throws {
        let fixture = try GraphFixture.small()
        let reader = try Store(path: fixture.path, readOnly: true)
        let (before, after) = try reader.consistentRead {
            let before = try reader.entities().count
            _ = try fixture.entity("Added meanwhile", "person")
            return (before, try reader.entities().count)
        }
        #expect(before == after)
        #expect(try reader.entities().count == before + 1)
    }
}
