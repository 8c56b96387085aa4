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
    /// What the extractor had to do to the text that the user should know about (for example,
    /// cutting a run of words without a sentence end); `kg ingest` prints them on standard error.
    public var warnings: [ReadProblem]

    public init(article: Article, sentences: [Sentence] = [], entities: [Entity] = [],
                mentions: [Mention] = [], facts: [Fact] = [], warnings: [ReadProblem] = []) {
        self.article = article
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.facts = facts
        self.warnings = warnings
    }
}

/// The one seam between reading and storing: article in, extraction out.
public protocol Extractor: Sendable {
    func extract(_ article: Article) throws -> Extraction
}
