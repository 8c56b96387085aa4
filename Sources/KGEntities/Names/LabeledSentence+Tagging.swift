import KGCore
import KGLanguage

extension LabeledSentence {
    /// The sentence with Penn Treebank tags from kg's own tagger, as the article pipeline sees it.
    public func tagged(by models: LanguageModels) -> LabeledSentence {
        var offset = 0
        let tokens = self.tokens.map { word in
            defer { offset += word.unicodeScalars.count + 1 }
            return Token(text: word, start: offset, end: offset + word.unicodeScalars.count)
        }
        var sentence = Sentence(text: self.tokens.joined(separator: " "), start: 0, end: max(offset - 1, 0), tokens: tokens)
        models.annotate(&sentence)
        var copy = self
        copy.pos = sentence.tokens.map(\.xpos.label)
        return copy
    }
}
