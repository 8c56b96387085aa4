import KGCore

/// A title or role a name carried in the text, stripped from the name and kept as a fact:
/// "Ukrainian President Volodymyr Zelenskyy" gives Zelenskyy the title `President` of Ukraine;
/// "William Pomeranz, director of the Kennan Institute" gives Pomeranz `director` of the institute.
public struct Role: Sendable, Hashable, Codable {
    /// Index of the entity holding the role in `EntityAnalysis.entities`.
    public var entity: Int
    /// The title as written (`National Security Advisor`, `director`).
    public var title: String
    /// The entity the role is of (a country from a demonym or possessive, an organisation named
    /// before the title or in an of-phrase), when the text says.
    public var of: Int?
    /// Index of the sentence, the title's token range in it and its article offsets.
    public var sentence: Int
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int

    public init(entity: Int, title: String, of: Int?, sentence: Int, tokens: Range<Int>, start: Int, end: Int) {
        self.entity = entity
        self.title = title
        self.of = of
        self.sentence = sentence
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}

/// A time or number expression (`Thursday`, `Jun 21, 2024`, `seven`): kept as an attribute of
/// the facts around it, never a node of the graph.
public struct Literal: Sendable, Hashable, Codable {
    /// `.time` or `.number`.
    public var type: EntityType
    public var sentence: Int
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
    public var text: String

    public init(type: EntityType, sentence: Int, tokens: Range<Int>, start: Int, end: Int, text: String) {
        self.type = type
        self.sentence = sentence
        self.tokens = tokens
        self.start = start
        self.end = end
        self.text = text
    }
}
