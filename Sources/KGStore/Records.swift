/// Rows of the store as the query engine and the exporters read them.

public struct EntityRecord: Sendable, Hashable {
    public var id: Int
    public var name: String
    public var type: String
    public init(id: Int, name: String, type: String) {
        self.id = id
        self.name = name
        self.type = type
    }
}

public struct EdgeRecord: Sendable, Hashable {
    public var id: Int
    public var subject: Int
    public var relation: String
    public var object: Int
    public var negated: Bool
    public var symmetric: Bool
    /// How many sentences state this fact.
    public var evidenceCount: Int
    /// The chance that the fact is right: its best sentence's, raised by every further sentence
    /// that states it (`EdgeConfidence.combined`).
    public var confidence: Double
    public init(id: Int, subject: Int, relation: String, object: Int, negated: Bool = false,
                symmetric: Bool = false, evidenceCount: Int = 1, confidence: Double = 1) {
        self.id = id
        self.subject = subject
        self.relation = relation
        self.object = object
        self.negated = negated
        self.symmetric = symmetric
        self.evidenceCount = evidenceCount
        self.confidence = confidence
    }
}

public struct EvidenceRecord: Sendable, Hashable {
    public var edge: Int
    public var sentence: String
    public var phrase: String
    /// `asserted`, `possible`, `planned` or `reported`, as the extractor judged the sentence.
    public var modality: String
    public var confidence: Double
    public var articleID: Int
    public var articleTitle: String
    public var articleDate: String?
    public var source: String
    public init(edge: Int, sentence: String, phrase: String, modality: String = "asserted", confidence: Double,
                articleID: Int, articleTitle: String, articleDate: String?, source: String) {
        self.edge = edge
        self.sentence = sentence
        self.phrase = phrase
        self.modality = modality
        self.confidence = confidence
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.articleDate = articleDate
        self.source = source
    }
}

public struct ArticleRecord: Sendable, Hashable {
    public var title: String
    public var date: String?
    public var source: String
}

/// A sentence found by full-text search, with its article.
public struct SentenceRecord: Sendable, Hashable {
    public var text: String
    public var articleTitle: String
    public var articleDate: String?
}

/// A selection of the graph (the whole of it, or what a query picked) for the exporters.
public struct Subgraph: Sendable, Hashable {
    public var entities: [EntityRecord]
    public var edges: [EdgeRecord]
    /// The entity ids the selection is about (the centre of `neighbors`, the ends of `path`),
    /// which a drawing keeps whatever its node budget.
    public var anchors: [Int]
    public init(entities: [EntityRecord], edges: [EdgeRecord], anchors: [Int] = []) {
        self.entities = entities
        self.edges = edges
        self.anchors = anchors
    }
}
