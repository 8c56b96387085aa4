import Foundation
import KGStore

/// Writes a graph as JSON lines: one `"kind":"entity"` object per entity, then one
/// `"kind":"edge"` object per fact with its evidence inline. Keys are sorted and entities and
/// edges come in id order, so the same graph always gives the same bytes.
///
///     {"aliases":["Romania"],"id":1,"kind":"entity","name":"Romania","type":"place"}
///     {"confidence":0.9,"evidence":[{"article":{"date":"2024-05-01","id":1,"source":"a.txt","title":"…"},
///      "confidence":0.9,"modality":"asserted","phrase":"decided to send","sentence":"…"}],"id":1,
///      "kind":"edge","negated":false,"object":2,"relation":"send","subject":1,"symmetric":false}
///
/// Confidences are rounded to three decimal places.
public struct JSONLinesWriter: Sendable {
    public init() {}

    public func write(_ graph: ExportGraph) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        func line(_ value: some Encodable) throws {
            out += String(decoding: try encoder.encode(value), as: UTF8.self)
            out += "\n"
        }
        for entity in graph.entities {
            try line(EntityLine(entity, aliases: graph.aliases[entity.id] ?? []))
        }
        for edge in graph.edges {
            try line(EdgeLine(edge, evidence: graph.evidence[edge.id] ?? []))
        }
        return out
    }
}

/// The JSON shape of one line; public so that readers (and tests) decode what was written.
public struct EntityLine: Codable, Sendable, Hashable {
    public var kind = "entity"
    public var id: Int
    public var name: String
    public var type: String
    public var aliases: [String]

    init(_ entity: EntityRecord, aliases: [String]) {
        id = entity.id
        name = entity.name
        type = entity.type
        self.aliases = aliases
    }
}

public struct EdgeLine: Codable, Sendable, Hashable {
    public struct Evidence: Codable, Sendable, Hashable {
        public var sentence: String
        public var phrase: String
        /// `asserted`, `possible` (may, could…), `planned` (plans to…) or `reported` (reported speech).
        public var modality: String
        public var confidence: Double
        public var article: Article
    }

    public struct Article: Codable, Sendable, Hashable {
        public var id: Int
        public var title: String
        public var date: String?
        public var source: String
    }

    public var kind = "edge"
    public var id: Int
    public var subject: Int
    public var relation: String
    public var object: Int
    public var negated: Bool
    public var symmetric: Bool
    public var confidence: Double
    public var evidence: [Evidence]

    init(_ edge: EdgeRecord, evidence: [EvidenceRecord]) {
        id = edge.id
        subject = edge.subject
        relation = edge.relation
        object = edge.object
        negated = edge.negated
        symmetric = edge.symmetric
        confidence = RoundedConfidence.value(edge.confidence)
        self.evidence = evidence.map {
            Evidence(sentence: $0.sentence, phrase: $0.phrase, modality: $0.modality,
                     confidence: RoundedConfidence.value($0.confidence),
                     article: Article(id: $0.articleID, title: $0.articleTitle, date: $0.articleDate,
                                      source: $0.source))
        }
    }
}
