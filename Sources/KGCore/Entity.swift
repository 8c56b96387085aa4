/// What kind of thing a node of the graph is. The raw values are the words of the
/// extraction contract (`kg extract --json`) and of the store's `entities.type` column.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place, object, event
    /// Literals kept as attributes, never counted as entities.
    case time, number
    /// A short noun phrase standing in for an end that no named entity fits.
    case concept
}

/// One occurrence of an entity in a sentence.
public struct Mention: Sendable, Hashable, Codable {
    /// Index of the sentence in the extraction's `sentences`.
    public var sentence: Int
    /// Token indexes within that sentence.
    public var tokens: Range<Int>
    /// Unicode-scalar offsets into the article text.
    public var start: Int
    public var end: Int
    /// The surface text as written (`President Joe Biden`, `U.S.`).
    public var text: String
    /// Index of the resolved entity in the extraction's `entities`.
    public var entity: Int

    public init(sentence: Int, tokens: Range<Int>, start: Int, end: Int, text: String, entity: Int) {
        self.sentence = sentence
        self.tokens = tokens
        self.start = start
        self.end = end
        self.text = text
        self.entity = entity
    }
}

/// A resolved node: one real-world thing with its canonical name and the other names it went by.
public struct Entity: Sendable, Hashable, Codable {
    public var name: String
    public var type: EntityType
    /// Other surface forms that resolve to this entity (not including `name`).
    public var aliases: [String]

    public init(name: String, type: EntityType, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }

    /// Whether `spelling` is this entity's name or one of its aliases, exactly as written.
    public func isSpelt(_ spelling: String) -> Bool { name == spelling || aliases.contains(spelling) }
}
