import KGLanguage

/// Finds, types and resolves the entities of one article.
///
///     let recognizer = try EntityRecognizer.load()
///     let analysis = recognizer.analyze(sentences)   // sentences from the language core
///     for mention in analysis.mentions { print(mention.text, "→", analysis.entities[mention.entity].name) }
public struct EntityRecognizer: Sendable {
    public let tagger: NameTagger
    public var lexicon: Lexicon { tagger.lexicon }

    public init(tagger: NameTagger) {
        self.tagger = tagger
    }

    /// The recogniser with kg's shipped lexicons and model.
    public static func load() throws -> EntityRecognizer {
        EntityRecognizer(tagger: try NameTagger.load(lexicon: Lexicon.load()))
    }

    /// Name spans typed PER, LOC, ORG or MISC for a sentence of words (the evaluation view).
    public func nameSpans(_ words: [String], pos: [String]? = nil) -> [NameSpan] {
        NameSpan.spans(of: tagger.tag(words, pos: pos))
    }
}
