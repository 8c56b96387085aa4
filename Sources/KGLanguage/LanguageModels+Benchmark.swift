import KGCore

extension LanguageModels {
    /// Runs only the tagger's half of `annotate` and returns how many tags it chose, leaving the
    /// sentence unchanged, so `kg bench` can time tagging apart from parsing and lemmatizing.
    public func benchmarkTagging(_ sentence: Sentence) -> Int {
        guard !sentence.tokens.isEmpty else { return 0 }
        return tagger.tag(WordFeatures.padded(sentence.tokens.lazy.map(\.text))).count
    }
}
