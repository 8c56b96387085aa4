import KGCore
import KGLanguage

/// Finds, types and resolves the entities of one article.
///
///     let recognizer = try EntityRecognizer.load()
///     var sentences = SentenceSplitter().split(article.text)
///     for i in sentences.indices { models.annotate(&sentences[i]) }   // tags and parses help, but are optional
///     let analysis = recognizer.analyze(sentences)
///     for mention in analysis.mentions { print(mention.text, "→", analysis.entities[mention.entity].name) }
///     for role in analysis.roles { print(analysis.entities[role.entity].name, role.title, role.of.map { analysis.entities[$0].name } ?? "") }
///     analysis.mention(sentence: 3, token: 7)   // the mention covering a token, for the relations stage
///
/// Names come from the name tagger, corrected and typed by the lexicons; titles are cut from
/// names and returned as `roles`; short forms, acronyms, plurals and lexicon aliases resolve to one
/// entity; he/she resolve to a person only on strong evidence.
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

    /// Entities, mentions, roles and literals of an article's sentences.
    public func analyze(_ sentences: [Sentence]) -> EntityAnalysis {
        let finder = NameFinder(tagger: tagger)
        let literals = sentences.enumerated().map { Literals.find(in: $1, index: $0) }
        let tagged = sentences.indices.map { finder.find(in: sentences[$0], index: $0, literals: literals[$0]) }
        let found = RepeatedProperNouns(lexicon: lexicon).added(to: tagged, sentences: sentences, literals: literals)
        return Resolver(lexicon: lexicon).resolve(sentences, found: found, literals: literals.flatMap { $0 })
    }

    /// Name spans typed PER, LOC, ORG or MISC for a sentence of gold tokens (the evaluation view:
    /// recognition and typing without resolution). `pos` holds Penn Treebank tags when known.
    public func nameSpans(_ words: [String], pos: [String]? = nil) -> [NameSpan] {
        var offset = 0
        let tokens = words.enumerated().map { i, word in
            defer { offset += word.unicodeScalars.count + 1 }
            return Token(text: word, start: offset, end: offset + word.unicodeScalars.count, xpos: XPOS(pos?[i] ?? ""))
        }
        let sentence = Sentence(text: words.joined(separator: " "), start: 0, end: max(offset - 1, 0), tokens: tokens)
        return NameFinder(tagger: tagger).find(in: sentence, index: 0, articleText: false).candidates.filter { !$0.provisional }.map { candidate in
            NameSpan(tokens: candidate.tokens, label: Self.evaluationLabel[candidate.type] ?? "MISC")
        }
    }

    /// Name spans of each sentence of one document, read as an article: names found once count
    /// wherever the document repeats them, and each entity's type is voted over all its mentions.
    public func nameSpans(document: [LabeledSentence]) -> [[NameSpan]] {
        var offset = 0
        let sentences = document.map { labeled -> Sentence in
            let start = offset
            let tokens = labeled.tokens.enumerated().map { i, word in
                defer { offset += word.unicodeScalars.count + 1 }
                return Token(text: word, start: offset, end: offset + word.unicodeScalars.count, xpos: XPOS(labeled.pos?[i] ?? ""))
            }
            return Sentence(text: labeled.tokens.joined(separator: " "), start: start, end: max(offset - 1, start), tokens: tokens)
        }
        let finder = NameFinder(tagger: tagger)
        let found = sentences.enumerated().map { finder.find(in: $1, index: $0, articleText: false) }
        let analysis = Resolver(lexicon: lexicon).resolve(sentences, found: found, literals: [])
        var spans = Array(repeating: [NameSpan](), count: sentences.count)
        for mention in analysis.mentions where !Pronouns.resolvable.contains(mention.text.lowercased()) {
            let label = Self.evaluationLabel[analysis.entities[mention.entity].type] ?? "MISC"
            spans[mention.sentence].append(NameSpan(tokens: mention.tokens, label: label))
        }
        return spans
    }

    static let evaluationLabel: [EntityType: String] = [.person: "PER", .place: "LOC", .organization: "ORG"]
}
