import Foundation
import Testing
@testable import KGStore
@testable import KGExport

/// A graph the size of 900 news articles, built through the store by the test (no corpus
/// needed): a few hubs named in most articles (as Tony Blair is in BBC politics), a long tail,
/// persons with the title "Mr", and pairs stated with several relations.
enum NewsSizedGraph {
    static let articles = 900
    static let factsPerArticle = 12

    /// SplitMix64: the same graph on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// An index below `count`, small ones far likelier (a cube skews toward the hubs).
        mutating func skewed(_ count: Int) -> Int {
            let unit = Double(next() >> 11) / Double(1 << 53)
            return min(count - 1, Int(unit * unit * unit * Double(count)))
        }
    }

    static func build() throws -> GraphFixture {
        let graph = try GraphFixture()
        var random = Random(state: 925)
        try graph.store.db.executeScript("BEGIN")
        let types = ["person", "organization", "place", "person", "object"]
        var named: [Int] = []
        for index in 0..<3_000 { named.append(try graph.entity("Name \(index)", types[index % types.count])) }
        let mister = try graph.entity("Mr", "concept")
        var concepts = [mister]
        for index in 0..<200 { concepts.append(try graph.entity("£ \(index)", "concept")) }
        let relations = ["say", "meet", "criticise", "support", "lead", "attack", "ask", "tell_'s", "open up",
                         "win", "lose", "join", "back", "warn", "call", "visit", "announce", "deny", "plan", "buy"]
        struct Key: Hashable { var subject: Int; var relation: String; var object: Int }
        var evidence: [Key: [(article: Int, sentence: String)]] = [:]
        var order: [Key] = []
        for number in 0..<articles {
            let article = try graph.article("Story \(number)", date: "2005-01-\(number % 20 + 10)")
            for fact in 0..<factsPerArticle {
                let subject = named[random.skewed(named.count)]
                let object = fact % 4 == 3 ? concepts[random.skewed(concepts.count)] : named[random.skewed(named.count)]
                guard subject != object else { continue }
                let key = Key(subject: subject, relation: relations[random.skewed(relations.count)], object: object)
                if evidence[key] == nil { order.append(key) }
                evidence[key, default: []].append((article, "Sentence \(fact) of story \(number)."))
            }
        }
        for person in named.enumerated().filter({ $0.offset % 5 == 0 || $0.offset % 5 == 3 }).map(\.element).prefix(1_200) {
            let key = Key(subject: person, relation: "title", object: mister)
            order.append(key)
            evidence[key] = [(1 + person % articles, "Mr Name \(person) spoke.")]
        }
        for key in order { try graph.fact(key.subject, key.relation, key.object, evidence: evidence[key]!) }
        try graph.store.db.executeScript("COMMIT")
        return graph
    }
}

@Suite(.enabled(if: Graphviz.executable != nil, "Graphviz's dot is not installed (apt-get install graphviz): rendering not checked"))
struct BigGraphDrawingTests {
    /// The issue: `kg dot --around "Tony Blair" --depth 2` on 925 articles wrote 300 nodes and
    /// 1,629 edges, and `dot -Tsvg` was still running after 15 minutes. The default drawing
    /// around the busiest node must render in under 10 s and stay readable.
    @Test func theDefaultDrawingAroundTheBusiestNodeRendersInUnderTenSeconds() throws {
        let graph = try NewsSizedGraph.build()
        let busiest = try #require(try graph.store.db.rows("""
            SELECT e.id FROM entities e JOIN edge_summary s ON e.id IN (s.subject, s.object)
            WHERE e.type != 'concept' GROUP BY e.id ORDER BY sum(s.evidence_count) DESC, e.id LIMIT 1
            """).first?.int(0))
        let around = try GraphSelection.around("#\(busiest)", depth: 2).subgraph(in: graph.store)
        #expect(around.entities.count > 1_000 && around.edges.count > 3_000, "the selection is as big as the issue's")

        let writer = DOTWriter()
        let drawn = writer.selection(of: around)
        #expect(drawn.kept.entities.count == DOTOptions.defaultLimit)
        #expect(drawn.kept.entities.contains { $0.id == busiest }, "the centre is always drawn")
        #expect(!drawn.kept.entities.contains { $0.type == "concept" })
        #expect(!drawn.kept.edges.contains { $0.relation == "title" })
        #expect(drawn.filtered.concepts > 0 && drawn.filtered.titleFacts > 0 && !drawn.leftOut.isEmpty)

        let dot = try writer.write(around, from: graph.store)
        let edgeLines = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        let pairs = edgeLines.map { $0.prefix { $0 != "[" } }
        #expect(Set(pairs).count == pairs.count, "parallel facts are merged into one edge per pair and direction")
        #expect(edgeLines.contains { $0.contains("\\n") }, "a merged edge lists its relations")

        let clock = ContinuousClock()
        var rendering: (picture: Data, messages: String)?
        let elapsed = try clock.measure { rendering = try Graphviz.render(dot, format: "svg") }
        #expect(elapsed < .seconds(10), "dot -Tsvg took \(elapsed)")
        #expect(rendering?.picture.isEmpty == false)
    }
}
