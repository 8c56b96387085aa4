/// Finds and types names in a sentence of tokens: a greedy left-to-right BIO tagger over an
/// averaged perceptron, with PER, LOC, ORG and MISC spans.
///
/// It needs only the words; part-of-speech tags, when the caller has them, add features
/// (`NameFeatures`). The lexicon adds gazetteer features, so a model is trained and used with
/// the same lexicon.
public struct NameTagger: Sendable {
    public static let labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    let model: Perceptron
    /// `model`'s weights as tagging reads them.
    private let table: PerceptronTable
    public let lexicon: Lexicon
    let classes: WordClasses

    init(model: Perceptron, lexicon: Lexicon, classes: WordClasses) {
        self.model = model
        table = PerceptronTable(model)
        self.lexicon = lexicon
        self.classes = classes
    }

    /// IOB2 tags for `words`; `pos` holds one Universal POS tag per word when known.
    public func tag(_ words: [String], pos: [String]? = nil) -> [String] {
        let features = NameFeatures(words: words, pos: pos, lexicon: lexicon, classes: classes)
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var scores = [Float](repeating: 0, count: Self.labels.count)
        for i in words.indices {
            // The features in `NameFeatures.vector`'s order, so the sums round as in training.
            for label in scores.indices { scores[label] = 0 }
            for feature in features.fixedFeatures(at: i) { table.add(feature, into: &scores) }
            let history = features.history(at: i, previous1: i >= 1 ? tags[i - 1] : -1, previous2: i >= 2 ? tags[i - 2] : -1)
            table.add(history.0, into: &scores)
            table.add(history.1, into: &scores)
            table.add(history.2, into: &scores)
            table.add(history.3, into: &scores)
            tags.append(Self.best(scores, after: tags.last ?? 0))
        }
        return tags.map { Self.labels[$0] }
    }

    /// The highest-scoring label that may follow `previous` (`I-X` only after `B-X` or `I-X`).
    static func best(_ scores: [Float], after previous: Int) -> Int {
        var best = 0
        for label in 1..<scores.count where scores[label] > scores[best] && allowed(label, after: previous) {
            best = label
        }
        return best
    }

    static func allowed(_ label: Int, after previous: Int) -> Bool {
        guard label > 0, label % 2 == 0 else { return true }  // O and B-X may follow anything
        return previous == label || previous == label - 1
    }

    /// Trains a tagger on `sentences`; `pos` features are learned only from sentences that carry them.
    /// With `runs` above 1, that many perceptrons see the sentences in different orders and their
    /// weights are averaged, which steadies a model that the order of a small corpus sways.
    public static func train(_ sentences: [LabeledSentence], lexicon: Lexicon, classes: WordClasses, epochs: Int = 8, runs: Int = 1,
                             progress: (Int, Double) -> Void = { _, _ in }) -> NameTagger {
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let prepared = sentences.map { sentence in
            (NameFeatures(words: sentence.tokens, pos: sentence.pos, lexicon: lexicon, classes: classes), sentence.tags.map { index[$0] ?? 0 })
        }
        let models = (0..<max(runs, 1)).map { run in
            trainOne(prepared, epochs: epochs, seed: 7 + UInt64(run), progress: progress)
        }
        return NameTagger(model: Perceptron.mean(of: models), lexicon: lexicon, classes: classes)
    }

    private static func trainOne(_ prepared: [(NameFeatures, [Int])], epochs: Int, seed: UInt64,
                                 progress: (Int, Double) -> Void) -> Perceptron {
        var model = Perceptron(labelCount: labels.count)
        var order = Array(prepared.indices)
        var generator = SplitMix(seed: seed)
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            var scores = [Float](repeating: 0, count: labels.count)
            for sentenceIndex in order {
                let (features, gold) = prepared[sentenceIndex]
                var history: [Int] = []
                for i in gold.indices {
                    let vector = features.vector(at: i, previous: history)
                    for label in scores.indices { scores[label] = 0 }
                    model.score(vector, into: &scores)
                    let guess = best(scores, after: history.last ?? 0)
                    model.update(vector, truth: gold[i], guess: guess)
                    if guess == gold[i] { correct += 1 }
                    total += 1
                    // Learn from the gold history: the greedy decoder's own mistakes are rare enough.
                    history.append(gold[i])
                }
            }
            progress(epoch, Double(correct) / Double(max(total, 1)))
        }
        model.average()
        return model
    }
}

/// A small seeded generator so training is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
