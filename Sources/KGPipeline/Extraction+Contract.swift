import Foundation
import KGEntities

/// The extraction contract of `kg extract --json` (see the README and
/// `shared/eval/score_seed.py`): one JSON object per line, keys sorted. Each article is
///
///     {"kind":"article", …}        source, title, hash; date and url when known
///     {"kind":"sentence", …}       every sentence: index, start, end, text
///     {"kind":"entity", …}         id, name, type, aliases
///     {"kind":"mention", …}        entity and sentence ids, offsets, the text as written
///     {"kind":"triple", …}         subject, relation, object, flags, confidence, evidence
///     {"kind":"warning", …}        what the extractor had to do to the text
///     {"kind":"end", …}            the article is complete
///
/// or, from an extraction worker whose extractor threw, one `{"kind":"failure", …}` line instead.
///
/// Everything `kg ingest` stores is in it, so `kg ingest --extracted` stores the output of
/// `kg extract --json` from any machine exactly as a plain ingest would; a reader that wants only
/// entities and triples skips the other kinds.
extension Extraction {
    public func jsonLines() -> [String] {
        var lines: [String] = []
        var header: [String: Any] = ["kind": "article", "source": article.source, "title": article.title, "hash": article.hash]
        header["date"] = article.date
        header["url"] = article.url
        lines.append(Self.json(header))
        for (index, sentence) in sentences.enumerated() {
            lines.append(Self.json([
                "kind": "sentence", "index": index, "start": sentence.start, "end": sentence.end, "text": sentence.text,
            ]))
        }
        for (id, entity) in entities.enumerated() {
            lines.append(Self.json([
                "kind": "entity", "id": id, "name": entity.name, "type": entity.type.rawValue, "aliases": entity.aliases,
            ]))
        }
        for mention in mentions {
            lines.append(Self.json([
                "kind": "mention", "entity": mention.entity, "sentence": mention.sentence, "start": mention.start,
                "end": mention.end, "text": mention.text, "tokens": [mention.tokens.lowerBound, mention.tokens.upperBound],
            ]))
        }
        for fact in facts {
            let sentence = sentences.indices.contains(fact.evidence.sentence) ? sentences[fact.evidence.sentence].text : ""
            var triple: [String: Any] = [
                "kind": "triple",
                "subject": entities[fact.subject].name,
                "subject_id": fact.subject,
                "relation": fact.relation,
                "relation_text": fact.phrase,
                "object": entities[fact.object].name,
                "object_id": fact.object,
                "negated": fact.negated,
                "modality": fact.modality.rawValue,
                "symmetric": fact.symmetric,
                "confidence": (fact.confidence * 1000).rounded() / 1000,
                "sentence": sentence,
                "sentence_index": fact.evidence.sentence,
                "start": fact.evidence.start,
                "end": fact.evidence.end,
                "doc": article.source,
            ]
            triple["speaker"] = fact.speaker
            lines.append(Self.json(triple))
        }
        for warning in warnings {
            var line: [String: Any] = ["kind": "warning", "source": warning.source, "reason": warning.reason,
                                       "severity": warning.severity.rawValue]
            line["line"] = warning.line
            lines.append(Self.json(line))
        }
        lines.append(Self.json(["kind": "end", "source": article.source]))
        return lines
    }

    static func json(_ object: [String: Any]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
