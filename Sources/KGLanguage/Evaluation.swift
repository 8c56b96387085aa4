import Foundation
import KGCore

/// Accuracy and speed of `LanguageModels` on a treebank with gold tokens.
///
/// UAS and LAS count every word, punctuation included; LAS compares universal relations
/// (`nmod:poss` counts as `nmod`), as the CoNLL 2018 shared task did.
public struct Evaluation: Sendable {
    public var sentences = 0
    public var tokens = 0
    public var upos = 0.0, xpos = 0.0, lemma = 0.0, uas = 0.0, las = 0.0
    /// Whole pipeline (tag, lemmatize, parse) throughput on one core. Speeds divide by the CPU time
    /// of the evaluating thread, so a busy machine does not distort them.
    public var tokensPerSecond = 0.0
    /// Tagging alone (including feature hashing) and parsing alone.
    public var taggerTokensPerSecond = 0.0, parserTokensPerSecond = 0.0

    public static func run(_ models: LanguageModels, on records: [CoNLLU.Record]) -> Evaluation {
        var result = Evaluation()
        let bare = records.map { record in
            Sentence(text: record.text, start: 0, end: record.text.unicodeScalars.count,
                     tokens: record.tokens.map { Token(text: $0.text, start: $0.start, end: $0.end, spaceAfter: $0.spaceAfter) })
        }
        var annotated = bare
        let total = cpuTime {
            for i in annotated.indices { models.annotate(&annotated[i]) }
        }
        var upos = 0, xpos = 0, lemma = 0, attached = 0, labelled = 0
        for (record, sentence) in zip(records, annotated) {
            for (gold, token) in zip(record.tokens, sentence.tokens) {
                if gold.upos == token.upos { upos += 1 }
                if gold.xpos == token.xpos { xpos += 1 }
                if gold.lemma == token.lemma { lemma += 1 }
                if gold.head == token.head {
                    attached += 1
                    if gold.deprel.universal == token.deprel.universal { labelled += 1 }
                }
            }
            result.tokens += record.tokens.count
        }
        result.sentences = records.count
        let n = Double(max(1, result.tokens))
        result.upos = Double(upos) / n
        result.xpos = Double(xpos) / n
        result.lemma = Double(lemma) / n
        result.uas = Double(attached) / n
        result.las = Double(labelled) / n
        result.tokensPerSecond = n / total

        // Components alone, on the same sentences.
        let words = bare.map { WordFeatures.padded($0.tokens.lazy.map(\.text)) }
        var tags: [[Int]] = []
        let tagging = cpuTime {
            tags = bare.map { WordFeatures.padded($0.tokens.lazy.map(\.text)) }.map { models.tagger.tag($0) }
        }
        let lowers = words.map { $0[WordFeatures.padding..<($0.count - WordFeatures.padding)].map(\.lower) }
        let parserTags = tags.map { $0.map { models.parserTags[$0] } }
        let parsing = cpuTime {
            for (w, t) in zip(lowers, parserTags) { _ = models.parser.parse(words: w, tags: t) }
        }
        result.taggerTokensPerSecond = n / tagging
        result.parserTokensPerSecond = n / parsing
        return result
    }

    /// Seconds of this thread's CPU time that `body` takes.
    static func cpuTime(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return max(1e-9, now() - start)
    }
}
