import Foundation
import KGCore

/// Trains a `Tagger` from treebank sentences with gold tags.
struct TaggerTrainer {
    var iterations = 10
    var seed: UInt64 = 1
    /// Averaged weights below this magnitude are dropped from the stored model.
    var pruneThreshold: Float = 0.5
    /// Features whose largest averaged weight is below this are dropped from the stored model.
    var featureThreshold: Float = 1
    /// A word enters the tag dictionary when seen this often, with one class this share of the time.
    var dictionaryMinimumCount = 20
    var dictionaryMinimumShare = 0.99

    /// The (UPOS, XPOS) classes of `sentences` as "UPOS\tXPOS", most frequent first (ties by name).
    static func classes(of sentences: [[Token]]) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences { for token in sentence { counts[token.upos.label + "\t" + token.xpos.label, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Trains on `sentences`; `names` fixes the class ids (so that taggers trained on parts of a
    /// treebank agree); pairs missing from it fall back to the first class.
    func train(_ sentences: [[Token]], classes names: [String]? = nil, dev: [[Token]] = [],
               log: (String) -> Void = { _ in }) -> Tagger {
        train(sentences, classes: names, dev: dev, refining: nil, log: log)
    }

    /// With `refining`, trains the second pass of `refining.tagger` from first-pass guesses for
    /// `sentences` (which should come from taggers that did not see them) and for `dev`.
    func train(_ sentences: [[Token]], classes names: [String]?, dev: [[Token]],
               refining: (tagger: Tagger, guesses: [[Int]])?, log: (String) -> Void) -> Tagger {
        let names = names ?? Self.classes(of: sentences)
        let ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let upos = names.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let xpos = names.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
        let classCount = names.count

        var words = sentences.map { WordFeatures.padded($0.map(\.text)) }
        let gold = sentences.map { $0.map { ids[$0.upos.label + "\t" + $0.xpos.label] ?? 0 } }
        let ambiguity = refining?.tagger.ambiguity ?? AmbiguityClasses(words: words, gold: gold)
        for s in words.indices { ambiguity.annotate(&words[s]) }

        var devWords = dev.map { WordFeatures.padded($0.map(\.text)) }
        for s in devWords.indices { ambiguity.annotate(&devWords[s]) }
        let devGuesses = refining.map { refining in devWords.map { refining.tagger.tag($0) } }
        let guesses = refining?.guesses
        let pass = refining == nil ? "tagger" : "tagger refinement"
        var seen: [UInt64: [Int: Int]] = [:]
        for (s, sentence) in words.enumerated() {
            for i in 0..<gold[s].count { seen[sentence[i + WordFeatures.padding].form, default: [:]][gold[s][i], default: 0] += 1 }
        }
        var table: [UInt64: UInt8] = refining?.tagger.dictionary.asDictionary ?? [:]
        for (form, tags) in seen {
            let total = tags.values.reduce(0, +)
            guard total >= dictionaryMinimumCount, let top = tags.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { continue }
            if refining == nil, Double(top.value) / Double(total) >= dictionaryMinimumShare { table[form] = UInt8(top.key) }
        }

        let dictionary = TagDictionary(table)
        let model = AveragedPerceptron(classCount: classCount)
        var scores = [Float](repeating: 0, count: classCount)
        var generator = SeededGenerator(seed: seed)
        var order = Array(sentences.indices)
        scores.withUnsafeMutableBufferPointer { scores in
            func argmax() -> Int {
                var best = 0
                for c in 1..<classCount where scores[c] > scores[best] { best = c }
                return best
            }
            for iteration in 1...max(1, iterations) {
                order.shuffle(using: &generator)
                var correct = 0, total = 0
                for s in order {
                    let truth = gold[s]
                    _ = Tagger.decode(words[s], guesses: guesses?[s], classCount: classCount, dictionary: dictionary) { i, features in
                        model.score(features, into: scores)
                        let guess = argmax()
                        model.update(features, truth: truth[i], guess: guess)
                        model.tick()
                        if guess == truth[i] { correct += 1 }
                        total += 1
                        return guess
                    }
                }
                var message = "\(pass) iteration \(iteration): train \(percent(correct, total))"
                if !dev.isEmpty {
                    var devCorrect = 0, devTotal = 0
                    for (s, sentence) in devWords.enumerated() {
                        let tags = Tagger.decode(sentence, guesses: devGuesses?[s], classCount: classCount, dictionary: dictionary) { _, features in
                            model.score(features, into: scores, averaged: true)
                            return argmax()
                        }
                        for (i, tag) in tags.enumerated() { devTotal += 1; if upos[tag] == dev[s][i].upos.label { devCorrect += 1 } }
                    }
                    message += ", dev UPOS \(percent(devCorrect, devTotal))"
                }
                log(message)
            }
        }
        let weights = model.compacted(threshold: pruneThreshold, featureThreshold: featureThreshold)
        if let refining {
            return Tagger(upos: upos, xpos: xpos, weights: refining.tagger.weights, refinement: weights, dictionary: dictionary,
                          ambiguity: ambiguity)
        }
        return Tagger(upos: upos, xpos: xpos, weights: weights, refinement: nil, dictionary: dictionary, ambiguity: ambiguity)
    }
}

func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "n/a" : String(format: "%.2f%%", 100 * Double(part) / Double(whole))
}
