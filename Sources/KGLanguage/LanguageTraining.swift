import Foundation
import KGCore

/// Trains the tagger, lemmatizer and parser from CoNLL-U treebanks (`kg language train`).
///
/// The tagger's second pass and the parser learn from tags predicted by taggers trained on the other folds of the training
/// set (jackknifing), so at parsing time it sees tags as noisy as the real tagger's.
/// Training is deterministic for a given seed.
public struct LanguageTraining: Sendable {
    public var seed: UInt64 = 1
    public var taggerIterations = 10
    public var parserIterations = 12
    /// Folds for jackknifed tags; below 2 the parser trains on gold tags and the tagger has one pass.
    public var folds = 4
    /// Averaged weights below `weightThreshold`, and features whose largest weight is below
    /// `featureThreshold`, are left out of the stored models (tuned on EWT: the dropped half of
    /// the features costs under 0.2 points of accuracy).
    public var weightThreshold: Float = 0.5
    public var featureThreshold: Float = 1

    public init() {}

    public func train(train: [CoNLLU.Record], dev: [CoNLLU.Record] = [], log: (String) -> Void = { _ in }) -> LanguageModels {
        let sentences = train.map(\.tokens)
        let devSentences = dev.map(\.tokens)
        let classes = TaggerTrainer.classes(of: sentences)
        let ids = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let trainer = TaggerTrainer(iterations: taggerIterations, seed: seed, pruneThreshold: weightThreshold, featureThreshold: featureThreshold)
        let clock = ContinuousClock()
        var tagger: Tagger!
        log("tagger trained in \(clock.measure { tagger = trainer.train(sentences, classes: classes, dev: devSentences, log: log) })")

        var predicted: [[Int]] = sentences.map { $0.map { ids[$0.upos.label + "\t" + $0.xpos.label] ?? 0 } }
        if folds >= 2 {
            let elapsed = clock.measure {
                for fold in 0..<folds {
                    let part = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
                    let foldTagger = TaggerTrainer(iterations: taggerIterations, seed: seed &+ UInt64(fold) &+ 1)
                        .train(part, classes: classes)
                    for s in stride(from: fold, to: sentences.count, by: folds) {
                        predicted[s] = foldTagger.tag(WordFeatures.padded(sentences[s].map(\.text)))
                    }
                }
            }
            var same = 0, total = 0
            for (s, sentence) in sentences.enumerated() {
                for (i, token) in sentence.enumerated() { total += 1; if classes[predicted[s][i]] == token.upos.label + "\t" + token.xpos.label { same += 1 } }
            }
            log("jackknifed tags (\(folds) folds) in \(elapsed): \(percent(same, total)) correct")
            let first = tagger!
            log("tagger refinement trained in \(clock.measure { tagger = trainer.train(sentences, classes: classes, dev: devSentences, refining: (first, predicted), log: log) })")
        }

        func example(_ tokens: [Token], tags: [Int]) -> ParserTrainer.Example {
            let words = WordFeatures.padded(tokens.map(\.text))
            return ParserTrainer.Example(words: words[WordFeatures.padding..<(WordFeatures.padding + tokens.count)].map(\.lower),
                                         tags: tags, heads: tokens.map(\.head), relations: tokens.map(\.deprel.label))
        }
        let examples = sentences.enumerated().map { example($1, tags: predicted[$0]) }
        let devExamples = devSentences.map { example($0, tags: tagger.tag(WordFeatures.padded($0.map(\.text)))) }
        var parser: Parser!
        let parserTrainer = ParserTrainer(iterations: parserIterations, seed: seed, pruneThreshold: weightThreshold,
                                           featureThreshold: featureThreshold)
        log("parser trained in \(clock.measure { parser = parserTrainer.train(examples, tags: classes, dev: devExamples, log: log) })")
        let lemmatizer = Lemmatizer.train(sentences)
        log("lemmatizer: \(lemmatizer.exceptions.count) exceptions, \(lemmatizer.rules.count) suffix rules")
        return LanguageModels(tagger: tagger, parser: parser, lemmatizer: lemmatizer)
    }
}
