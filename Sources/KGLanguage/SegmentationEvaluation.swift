/// Scores the sentence splitter and tokenizer against a treebank's own segmentation.
///
/// The `# text` lines of each document (`# newdoc id`) are joined into one running text, the
/// splitter cuts it again, and the cuts are compared with the treebank's:
///
/// ```swift
/// let records = try CoNLLU.parse(String(contentsOfFile: "en_ewt-ud-dev.conllu", encoding: .utf8))
/// let score = SegmentationEvaluation.evaluate(records)
/// print(score.sentences.f1, score.tokens.f1)
/// ```
///
/// `.space` (the default) joins sentences with one space, so only punctuation and capitals can
/// reveal a boundary: the hard setting, and the one quoted as kg's sentence F1. `.lines` starts
/// a new line after a sentence without final punctuation, as headlines and sign-offs stand on
/// their own line in an article.
public enum SegmentationEvaluation {
    public enum Joiner: Sendable {
        /// Sentences of a document joined by a single space.
        case space
        /// Sentences joined by a space, but by a newline after a sentence without final
        /// punctuation (headlines, sign-offs, list items), as they stand on their own line in print.
        case lines
    }

    /// Precision, recall and F1 of predicted items against gold items.
    public struct Score: Sendable, Equatable, Codable {
        public var gold: Int
        public var predicted: Int
        public var correct: Int

        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// Sentence-boundary score (a boundary is the end offset of a sentence, document ends
    /// excluded because they are given) and token score (a token counts when both its offsets match).
    public struct Result: Sendable, Equatable, Codable {
        public var documents: Int
        public var sentences: Score
        public var tokens: Score
    }

    public static func evaluate(_ records: [CoNLLU.Record], joiner: Joiner = .space,
                                splitter: SentenceSplitter = SentenceSplitter()) -> Result {
        var sentences = Score(gold: 0, predicted: 0, correct: 0)
        var tokens = Score(gold: 0, predicted: 0, correct: 0)
        var documents = 0
        var start = 0
        while start < records.count {
            var end = start + 1
            while end < records.count && records[end].document == records[start].document { end += 1 }
            documents += 1
            score(records[start..<end], joiner: joiner, splitter: splitter, sentences: &sentences, tokens: &tokens)
            start = end
        }
        return Result(documents: documents, sentences: sentences, tokens: tokens)
    }

    static func score(_ document: ArraySlice<CoNLLU.Record>, joiner: Joiner, splitter: SentenceSplitter,
                      sentences: inout Score, tokens: inout Score) {
        var text = String.UnicodeScalarView()
        var length = 0
        var goldBoundaries = Set<Int>(), goldTokens = Set<Range<Int>>()
        for record in document {
            if !text.isEmpty {
                let last = text.last!
                text.append(joiner == .lines && !last.isSentenceFinal && !last.isClosing ? "\n" : " ")
                length += 1
            }
            let base = length
            text.append(contentsOf: record.text.unicodeScalars)
            length += record.text.unicodeScalars.count
            goldBoundaries.insert(length)
            // CoNLLU.parse synthesises offsets from the `# text` line; shift them into the document.
            for token in record.tokens { goldTokens.insert(base + token.start..<base + token.end) }
        }
        let predicted = splitter.split(String(text))
        goldBoundaries.remove(length)
        var predictedBoundaries = Set(predicted.map(\.end))
        predictedBoundaries.remove(predicted.last?.end ?? 0)
        sentences.gold += goldBoundaries.count
        sentences.predicted += predictedBoundaries.count
        sentences.correct += predictedBoundaries.intersection(goldBoundaries).count
        let predictedTokens = Set(predicted.flatMap { $0.tokens.map { $0.start..<$0.end } })
        tokens.gold += goldTokens.count
        tokens.predicted += predictedTokens.count
        tokens.correct += predictedTokens.intersection(goldTokens).count
    }
}
