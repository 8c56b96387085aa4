import KGCore
import Testing
import KGEntities
import KGReader
import KGRelations
@testable import KGPipeline

/// The extraction contract read back: what `kg ingest --extracted` and the extraction workers rely on.
@Suite struct ContractTests {
    static let extractor = Result { try NewsExtractor() }

    func extraction(_ text: String, source: String = "news/a.txt") throws -> Extraction {
        let article = Article(source: source, title: "Aid", date: "2024-05-02", text: text, url: "https://example.org/a", hash: "h1")
        return try Self.extractor.get().extract(article)
    }

    func readBack(_ lines: [String], source: String = "shard.jsonl") throws -> [Extraction] {
        var reader = ContractReader(source: source)
        var found: [Extraction] = []
        for line in lines {
            if case .extraction(let extraction)? = try reader.read(line) { found.append(extraction) }
        }
        try reader.finish()
        return found
    }

    /// The sources of the articles read whole, and every problem as printed, reading on past each.
    func readAll(_ lines: [String], source: String) -> (stored: [String], problems: [String]) {
        var reader = ContractReader(source: source)
        var stored: [String] = [], problems: [String] = []
        for line in lines {
            do {
                if case .extraction(let extraction)? = try reader.read(line) { stored.append(extraction.article.source) }
            } catch {
                problems.append("\(error)")
            }
        }
        return (stored, problems)
    }

    @Test func everyStoredFieldSurvivesTheRoundTrip() throws {
        let original = try extraction("Aid\n\nEstonia's decision to send a howitzer battery to Moldova surprised Latvia. Chile did not sell jets to Peru.")
        #expect(!original.facts.isEmpty && !original.mentions.isEmpty)
        let read = try #require(try readBack(original.jsonLines()).first)
        #expect(read.article.source == "news/a.txt" && read.article.hash == "h1")
        #expect(read.article.date == "2024-05-02" && read.article.url == "https://example.org/a" && read.article.title == "Aid")
        #expect(read.sentences.map(\.text) == original.sentences.map(\.text))
        #expect(read.sentences.map(\.start) == original.sentences.map(\.start))
        #expect(read.entities == original.entities)
        #expect(read.mentions == original.mentions)
        // Confidence travels to three places; everything else exactly.
        #expect(read.facts.map { var fact = $0; fact.confidence = 0; return fact }
                == original.facts.map { var fact = $0; fact.confidence = 0; return fact })
        #expect(zip(read.facts, original.facts).allSatisfy { abs($0.confidence - $1.confidence) < 0.0005 })
        // The same lines again: a reader that prints what it read prints the same thing.
        #expect(read.jsonLines() == original.jsonLines())
    }

    @Test func anArticleWithoutItsEndLineIsNotReturnedAndIsNamed() throws {
        let first = try extraction("One\n\nNorway met Sweden in Oslo.", source: "a.txt")
        let second = try extraction("Two\n\nPeru met Chile in Lima.", source: "b.txt")
        let cut = Array(first.jsonLines().dropLast()) + second.jsonLines()
        let (stored, problems) = readAll(cut, source: "shard.jsonl")
        #expect(stored == ["b.txt"])
        #expect(problems == ["shard.jsonl:\(first.jsonLines().count): error: article a.txt has no end line; not stored"])
        var truncated = ContractReader(source: "shard.jsonl")
        for line in second.jsonLines().prefix(3) { _ = try truncated.read(line) }
        #expect(throws: ReadProblem.self) { try truncated.finish() }
    }

    @Test func aBadLineNamesItsPlaceAndDropsOnlyItsArticle() throws {
        let good = try extraction("One\n\nNorway met Sweden in Oslo.", source: "a.txt")
        var lines = good.jsonLines()
        lines[1] = "{\"kind\": \"sentence\", \"index\": \"first\"}"
        lines += try extraction("Two\n\nPeru met Chile in Lima.", source: "b.txt").jsonLines()
        let (stored, problems) = readAll(lines, source: "s.jsonl")
        #expect(stored == ["b.txt"])
        #expect(problems == ["s.jsonl:2: error: \"index\" missing or not an integer"])
    }
}
