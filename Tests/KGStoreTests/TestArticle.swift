import Foundation
import KGCore
@testable import KGStore

/// A hand-built article and its extraction: the text is the sentences joined by spaces;
/// every occurrence of an entity's name or alias becomes a mention; facts name their ends
/// and the sentence that states them.
struct TestArticle {
    var source: String
    var sentences: [String]
    var entities: [Entity]
    var facts: [(subject: String, relation: String, object: String, sentence: Int)] = []
    var symmetric: Set<String> = []

    var text: String { sentences.joined(separator: " ") }

    var extraction: Extraction {
        var built: [Sentence] = []
        var offset = 0
        for text in sentences {
            let length = text.unicodeScalars.count
            built.append(Sentence(text: text, start: offset, end: offset + length))
            offset += length + 1
        }
        var mentions: [Mention] = []
        for (index, entity) in entities.enumerated() {
            for (ord, sentence) in built.enumerated() {
                for name in [entity.name] + entity.aliases {
                    var searchFrom = sentence.text.startIndex
                    while let range = sentence.text.range(of: name, range: searchFrom..<sentence.text.endIndex) {
                        let start = sentence.start + sentence.text.unicodeScalars.distance(
                            from: sentence.text.startIndex, to: range.lowerBound)
                        mentions.append(Mention(sentence: ord, tokens: 0..<1, start: start,
                                                end: start + name.unicodeScalars.count, text: name, entity: index))
                        searchFrom = range.upperBound
                    }
                }
            }
        }
        let index = { (name: String) in self.entities.firstIndex { $0.name == name }! }
        let stated = facts.map { fact in
            Fact(subject: index(fact.subject), relation: fact.relation, phrase: fact.relation,
                 object: index(fact.object), symmetric: symmetric.contains(fact.relation), confidence: 0.8,
                 evidence: Evidence(sentence: fact.sentence, start: built[fact.sentence].start,
                                    end: built[fact.sentence].end))
        }
        let fnv = text.utf8.reduce(UInt64(0xcbf29ce484222325)) { ($0 ^ UInt64($1)) &* 0x100000001b3 }
        let article = Article(source: source, title: sentences.first ?? "", text: text, hash: String(fnv, radix: 16))
        return Extraction(article: article, sentences: built, entities: entities, mentions: mentions, facts: stated)
    }
}

/// A fresh store in a temporary folder, removed with its WAL files when the test ends.
final class TemporaryStore {
    let folder: URL
    let path: String
    let store: Store

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-store-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("kg.sqlite").path
        store = try Store(path: path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func count(_ table: String) throws -> Int { try store.db.scalar("SELECT count(*) FROM \(table)")?.int ?? 0 }

    /// Entity names, sorted.
    func names() throws -> [String] { try store.entities().map(\.name).sorted() }

    /// Edges as "subject -relation-> object xN", sorted.
    func edges() throws -> [String] {
        let names = Dictionary(uniqueKeysWithValues: try store.entities().map { ($0.id, $0.name) })
        return try store.edges().map { "\(names[$0.subject]!) -\($0.relation)-> \(names[$0.object]!) x\($0.evidenceCount)" }.sorted()
    }
}

extension Entity {
    static func person(_ name: String, _ aliases: String...) -> Entity { Entity(name: name, type: .person, aliases: aliases) }
    static func place(_ name: String, _ aliases: String...) -> Entity { Entity(name: name, type: .place, aliases: aliases) }
    static func object(_ name: String, _ aliases: String...) -> Entity { Entity(name: name, type: .object, aliases: aliases) }
}
