import Foundation
import KGCore

/// kg's statistical language core: part-of-speech tagger, lemmatizer and dependency parser,
/// trained on UD English EWT (see `kg language train`).
///
///     let models = try LanguageModels.load()          // once; later calls return the same models
///     var sentence = Sentence(text: "Romania sent a missile system.", start: 0, end: 30, tokens: tokens)
///     models.annotate(&sentence)
///     sentence.tokens[1].lemma    // "send"
///     sentence.tokens[1].upos     // .verb
///     sentence.tokens[0].deprel   // .nsubj, head 1
///
/// The model files (tagger.kgm, parser.kgm, lemmas.kgm) are found by `ResourceLocator`
/// (`$KG_MODELS/Models`, `<binary dir>/kg-data/Models`, `<binary dir>/../share/kg/Models`, then the
/// source tree), all three from one folder; a missing or corrupt file makes `load()` throw an error
/// naming where it looked. `verbs.tsv` beside them (WordNet's verbs) checks the lemmas of verbs.
public final class LanguageModels: Sendable {
    let tagger: Tagger
    let parser: Parser
    let lemmatizer: Lemmatizer
    /// Checks the lemmatizer's guesses for verbs; empty when a model folder has no `verbs.tsv`.
    let verbs: VerbDictionary
    /// Tagger class → the parser's tag id.
    let parserTags: [Int]
    /// Tagger class → its UPOS and XPOS, and parser label id → its relation: the models' strings mapped once, at load.
    let tagUPOS: [UPOS]
    let tagXPOS: [XPOS]
    let relations: [DependencyRelation]

    static let fileNames = (tagger: "tagger.kgm", parser: "parser.kgm", lemmatizer: "lemmas.kgm")

    init(tagger: Tagger, parser: Parser, lemmatizer: Lemmatizer, verbs: VerbDictionary = .empty) {
        self.tagger = tagger
        self.parser = parser
        self.lemmatizer = lemmatizer
        self.verbs = verbs
        let ids = Dictionary(parser.tags.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        parserTags = zip(tagger.upos, tagger.xpos).map { ids[$0 + "\t" + $1] ?? parser.tags.count }
        tagUPOS = tagger.upos.map(UPOS.init)
        tagXPOS = tagger.xpos.map(XPOS.init)
        relations = parser.labels.map(DependencyRelation.init)
    }

    nonisolated(unsafe) private static var shared: LanguageModels?
    private static let lock = NSLock()

    /// The installed models, read on first use and shared afterwards; thread-safe. The folder is
    /// the first one `ResourceLocator` finds tagger.kgm in; the other files must sit beside it.
    public static func load() throws -> LanguageModels {
        lock.lock()
        defer { lock.unlock() }
        if let shared { return shared }
        let tagger = try ResourceLocator.file(fileNames.tagger, in: "Models", module: "KGLanguage")
        let models = try load(from: tagger.deletingLastPathComponent())
        shared = models
        return models
    }

    /// Models read from the three files in `directory`, bypassing the search and the cache.
    public static func load(from directory: URL) throws -> LanguageModels {
        func url(_ name: String) throws -> URL {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw ResourceLocator.NotFound(file: name, searched: [directory.path])
            }
            return url
        }
        let names = fileNames
        let verbs = directory.appendingPathComponent(VerbDictionary.fileName)
        return try LanguageModels(tagger: Tagger(contentsOf: url(names.tagger)), parser: Parser(contentsOf: url(names.parser)),
                                  lemmatizer: Lemmatizer(contentsOf: url(names.lemmatizer)),
                                  verbs: FileManager.default.fileExists(atPath: verbs.path) ? VerbDictionary(contentsOf: verbs) : .empty)
    }

    /// Writes the three model files into `directory` (created if needed).
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let names = Self.fileNames
        try tagger.write(to: directory.appendingPathComponent(names.tagger))
        try parser.write(to: directory.appendingPathComponent(names.parser))
        try lemmatizer.write(to: directory.appendingPathComponent(names.lemmatizer))
        if !verbs.isEmpty { try verbs.write(to: directory.appendingPathComponent(VerbDictionary.fileName)) }
    }

    /// Fills `upos`, `xpos`, `lemma`, `head` and `deprel` of the sentence's tokens from their text.
    public func annotate(_ sentence: inout Sentence) {
        let count = sentence.tokens.count
        guard count > 0 else { return }
        let words = WordFeatures.padded(sentence.tokens.lazy.map(\.text))
        let tags = tagger.tag(words)
        let lowercased = words[WordFeatures.padding..<(WordFeatures.padding + count)].map(\.lower)
        var parse = parser.parse(words: lowercased, tags: tags.map { parserTags[$0] })
        parser.attachReciprocals(words: lowercased, heads: &parse.heads, labels: &parse.labels)
        for i in 0..<count {
            let tag = tags[i]
            sentence.tokens[i].upos = tagUPOS[tag]
            sentence.tokens[i].xpos = tagXPOS[tag]
            let form = sentence.tokens[i].text
            let lemma = lemmatizer.lemma(form: form, upos: tagger.upos[tag], xpos: tagger.xpos[tag])
            sentence.tokens[i].lemma = tagUPOS[tag] == .verb ? verbs.lemma(lemma, form: form) : lemma
            sentence.tokens[i].head = parse.heads[i]
            sentence.tokens[i].deprel = relations[parse.labels[i]]
        }
    }
}
