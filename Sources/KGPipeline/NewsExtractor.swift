import KGReader
import KGLanguage
import KGEntities
import KGRelations

/// kg's standard extractor: segment and tokenize → tag and parse → entities → relations.
///
/// Placeholder stage wiring: until the language core lands it only cuts the text into
/// line-sized sentences, so ingest and the store can be built against the real seam.
public struct NewsExtractor: Extractor {
    public init() throws {}

    public func extract(_ article: Article) throws -> Extraction {
        var sentences: [Sentence] = []
        var offset = 0
        for line in article.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.allSatisfy(\.isWhitespace) {
                sentences.append(Sentence(text: String(line), start: offset, end: offset + length))
            }
            offset += length + 1
        }
        return Extraction(article: article, sentences: sentences)
    }
}
