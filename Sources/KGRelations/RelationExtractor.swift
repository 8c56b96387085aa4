import KGLanguage
import KGEntities

/// Turns the clauses of parsed, entity-marked sentences into facts between entities.
///
///     let result = RelationExtractor().extract(sentences: sentences, entities: entities, mentions: mentions)
///     // result.entities = the given entities followed by the `concept` nodes the facts needed
///
/// An end that no entity covers becomes a short noun-phrase `concept` node; an end that is a
/// pronoun with no resolved entity drops the fact. Every fact has at least one named end.
public struct RelationExtractor: Sendable {
    public struct Options: Sendable {
        /// Also state `X –say→ …` edges for reported speech (off: the speaker stays on the fact).
        public var speechEdges = false
        /// Longest concept node, in words.
        public var conceptWords = 4
        public init() {}
    }

    /// A title or office held by a person, as found by entity recognition
    /// (`Ukrainian President Volodymyr Zelenskyy` → `President` of Ukraine).
    public struct Role: Sendable, Hashable {
        public var holder: Int
        public var title: String
        public var of: Int?
        public var sentence: Int
        public var start: Int
        public var end: Int
        public init(holder: Int, title: String, of: Int? = nil, sentence: Int, start: Int, end: Int) {
            self.holder = holder
            self.title = title
            self.of = of
            self.sentence = sentence
            self.start = start
            self.end = end
        }
    }

    public struct Result: Sendable {
        /// The input entities, then the concept nodes added for fact ends.
        public var entities: [Entity]
        public var facts: [Fact]
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    public func extract(sentences: [Sentence], entities: [Entity], mentions: [Mention], roles: [Role] = []) -> Result {
        var graph = FactCollector(entities: entities)
        let bySentence = Dictionary(grouping: mentions, by: \.sentence)
        for (index, sentence) in sentences.enumerated() where !sentence.tokens.isEmpty {
            var reading = SentenceReading(sentence: sentence, index: index, mentions: bySentence[index] ?? [],
                                          entities: entities, options: options)
            reading.read(into: &graph)
        }
        for role in roles { graph.add(role: role, sentences: sentences) }
        return Result(entities: graph.entities, facts: graph.facts)
    }
}
