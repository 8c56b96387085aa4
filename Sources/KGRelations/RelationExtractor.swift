import KGCore
import KGLanguage
import KGEntities

/// Turns the clauses of parsed (and repaired, see `ParseRepair`), entity-marked sentences into facts
/// between entities.
///
///     let result = RelationExtractor().extract(sentences, analysis: recognizer.analyze(sentences))
///     // result.entities = the given entities followed by the `concept` nodes the facts needed
///
/// An end that no entity covers becomes a short noun-phrase `concept` node; an end that is a
/// pronoun with no resolved entity drops the fact. Every fact has at least one named end.
public struct RelationExtractor: Sendable {
    public struct Options: Sendable {
        /// Also state `speaker –say→ subject of the reported clause` edges (off: the speaker stays on the fact).
        public var speechEdges = false
        /// Longest concept node, in words.
        public var conceptWords = 4
        public init() {}
    }

    public struct Result: Sendable {
        /// The input entities, then the concept nodes added for fact ends.
        public var entities: [Entity]
        public var facts: [Fact]
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    public func extract(_ sentences: [Sentence], analysis: EntityAnalysis) -> Result {
        var graph = FactCollector(entities: analysis.entities)
        let mentions = Dictionary(grouping: analysis.mentions, by: \.sentence)
        let literals = Dictionary(grouping: analysis.literals, by: \.sentence)
        for (index, sentence) in sentences.enumerated() where !sentence.tokens.isEmpty {
            var reading = SentenceReading(sentence: sentence, index: index, mentions: mentions[index] ?? [],
                                          literals: literals[index] ?? [], entities: analysis.entities, options: options)
            reading.read(into: &graph)
        }
        for role in analysis.roles { graph.add(role: role) }
        return Result(entities: graph.entities, facts: graph.facts)
    }
}
