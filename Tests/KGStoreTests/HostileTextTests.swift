import Foundation
import KGCore
import Testing
@testable import KGStore

/// Text from articles reaches SQLite only as bound parameters and comes back byte for byte,
/// whatever characters it holds.
@Suite struct HostileTextTests {
    /// Names that break naive quoting, C strings, terminals or markup. Each starts with its own
    /// word so that no two fold to the same alias key and merge.
    static let names = [
        "Alpha \"double\" 'single' `back`",
        "Bravo back\\slash \\n \\\" \\\\",
        "Charlie line\nbreak\r\nand\ttab",
        "Delta nul\u{0}inside\u{0}",
        "Echo control \u{1}\u{7}\u{8}\u{1B}[31m\u{7F}",
        "Foxtrot \u{202E}right-to-left\u{202C} \u{200F}mark \u{05E9}\u{05DC}\u{05D5}\u{05DD}",
        "Golf <script>alert('x')</script> &amp; </b>",
        "Hotel digraph G { a -> b; } node [label=\"x\"] // subgraph",
        "India'); DROP TABLE entities; -- SELECT * FROM edges",
        "Juliet " + String(repeating: "long name ", count: 1_024),
        "Kilo emoji 👩‍👩‍👧 and e\u{301}",
    ]

    static var article: TestArticle {
        TestArticle(
            source: "hostile \"quoted\"\n\u{0}'; DROP TABLE articles; --.txt",
            sentences: names.map { "\($0) met \(names[0])." },
            entities: names.map { Entity.person($0) },
            facts: names.indices.dropFirst().map { (names[$0], "meet\u{0}\"'; --", names[0], $0) })
    }

    @Test func namesSentencesAndRelationsRoundTripUnchanged() throws {
        #expect(Self.names[9].utf8.count > 10_000)
        let graph = try TemporaryStore()
        let article = Self.article
        try graph.store.ingest(article.extraction)

        #expect(try graph.names() == Self.names.sorted())
        let sentences = try graph.store.db.rows("SELECT text FROM sentences ORDER BY ord").map { $0.text(0) }
        #expect(sentences == article.sentences)
        let source = try graph.store.db.scalar("SELECT source FROM articles")?.string
        #expect(source == article.source)
        #expect(Set(try graph.store.edges().map(\.relation)) == ["meet\u{0}\"'; --"])
        let mentionTexts = Set(try graph.store.db.rows("SELECT text FROM mentions").map { $0.text(0) })
        #expect(mentionTexts == Set(Self.names))

        let nul = try #require(try graph.store.entities().first { $0.name.hasPrefix("Delta") })
        let evidence = try graph.store.evidence(edge: #require(try graph.store.edges().first { $0.subject == nul.id }).id)
        #expect(evidence.map(\.sentence) == ["\(Self.names[3]) met \(Self.names[0])."])
        #expect(evidence.first?.source == article.source)
    }

    @Test func reingestingHostileTextIsUnchanged() throws {
        let graph = try TemporaryStore()
        try graph.store.ingest(Self.article.extraction)
        let outcome = try graph.store.ingest(Self.article.extraction)
        #expect(outcome.change == .unchanged)
        #expect(try graph.count("articles") == 1 && graph.count("entities") == Self.names.count)
    }

    @Test func textWithNulIsBoundWholeAndEmptyTextStaysText() throws {
        let graph = try TemporaryStore()
        let db = graph.store.db
        let value = try db.scalar("SELECT ?1 || '|' || length(CAST(?1 AS BLOB))", ["a\u{0}b"])?.string
        #expect(value == "a\u{0}b|3")
        #expect(try db.scalar("SELECT typeof(?)", [""])?.string == "text")
        #expect(try db.scalar("SELECT ?", [""]) == .text(""))
    }
}
