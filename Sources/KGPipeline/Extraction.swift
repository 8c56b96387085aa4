import KGReader
import KGLanguage
import KGEntities
import KGRelations

/// Everything kg learns from one article; `kg extract --json` prints it and `kg ingest` stores it.
///
/// Indexes inside travel within one extraction: `Mention.sentence` and `Evidence.sentence`
/// index `sentences`; `Mention.entity`, `Fact.subject` and `Fact.object` index `entities`.
public struct Extraction: Sendable {
    public var article: Article
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var mentions: [Mention]
    public var facts: [Fact]

    public init(article: Article, sentences: [Sentence] = [], entities: [Entity] = [],
                mentions: [Mention] = [], facts: [Fact] = []) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.facts = facts
    }
}

/// The one seam between reading and storing: article in, extraction out.
public protocol Extractor: Sendable {
    func extract(_ article: Article) throws -> Extraction
}
