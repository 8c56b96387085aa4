import KGCore
import KGEntities

/// The extraction contract of `kg extract --json` (see `docs/ingest.md` and
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
        lines.reserveCapacity(2 + sentences.count + entities.count + mentions.count + facts.count + warnings.count)
        var header = JSONLine()
        header["kind"] = "article"
        header["source"] = article.source
        header["title"] = article.title
        header["hash"] = article.hash
        header["date"] = article.date
        header["url"] = article.url
        lines.append(header.text)
        for (index, sentence) in sentences.enumerated() {
            var line = JSONLine()
            line["kind"] = "sentence"
            line["index"] = index
            line["start"] = sentence.start
            line["end"] = sentence.end
            line["text"] = sentence.text
            lines.append(line.text)
        }
        for (id, entity) in entities.enumerated() {
            var line = JSONLine()
            line["kind"] = "entity"
            line["id"] = id
            line["name"] = entity.name
            line["type"] = entity.type.rawValue
            line["aliases"] = entity.aliases
            lines.append(line.text)
        }
        for mention in mentions {
            var line = JSONLine()
            line["kind"] = "mention"
            line["entity"] = mention.entity
            line["sentence"] = mention.sentence
            line["start"] = mention.start
            line["end"] = mention.end
            line["text"] = mention.text
            line["tokens"] = [mention.tokens.lowerBound, mention.tokens.upperBound]
            lines.append(line.text)
        }
        for fact in facts {
            var line = JSONLine()
            line["kind"] = "triple"
            line["subject"] = entities[fact.subject].name
            line["subject_id"] = fact.subject
            line["relation"] = fact.relation
            line["relation_text"] = fact.phrase
            line["object"] = entities[fact.object].name
            line["object_id"] = fact.object
            line["negated"] = fact.negated
            line["modality"] = fact.modality.rawValue
            line["symmetric"] = fact.symmetric
            line["confidence"] = Self.contractConfidence(fact.confidence)
            line["sentence"] = sentences.indices.contains(fact.evidence.sentence) ? sentences[fact.evidence.sentence].text : ""
            line["sentence_index"] = fact.evidence.sentence
            line["start"] = fact.evidence.start
            line["end"] = fact.evidence.end
            line["doc"] = article.source
            line["speaker"] = fact.speaker
            lines.append(line.text)
        }
        for warning in warnings {
            var line = JSONLine()
            line["kind"] = "warning"
            line["source"] = warning.source
            line["reason"] = warning.reason
            line["severity"] = warning.severity.rawValue
            line["line"] = warning.line
            lines.append(line.text)
        }
        var end = JSONLine()
        end["kind"] = "end"
        end["source"] = article.source
        lines.append(end.text)
        return lines
    }
}
