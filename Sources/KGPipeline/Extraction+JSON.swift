import Foundation
import KGEntities

/// The extraction contract of `kg extract --json` (see the README and
/// `shared/eval/score_seed.py`): one JSON object per line, entities first, then triples.
extension Extraction {
    public func jsonLines() -> [String] {
        var lines: [String] = []
        for entity in entities {
            lines.append(Self.json([
                "kind": "entity", "name": entity.name, "type": entity.type.rawValue, "aliases": entity.aliases,
            ]))
        }
        for fact in facts {
            let sentence = sentences.indices.contains(fact.evidence.sentence) ? sentences[fact.evidence.sentence].text : ""
            lines.append(Self.json([
                "kind": "triple",
                "subject": entities[fact.subject].name,
                "relation": fact.relation,
                "relation_text": fact.phrase,
                "object": entities[fact.object].name,
                "negated": fact.negated,
                "modality": fact.modality.rawValue,
                "symmetric": fact.symmetric,
                "confidence": (fact.confidence * 1000).rounded() / 1000,
                "sentence": sentence,
                "start": fact.evidence.start,
                "end": fact.evidence.end,
                "doc": article.source,
            ]))
        }
        return lines
    }

    static func json(_ object: [String: Any]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
