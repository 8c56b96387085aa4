import KGCore

/// What `EntityRecognizer.analyze` finds in one article: the resolved entities, every mention
/// of them (names, short forms, acronyms and the pronouns it could resolve), the titles stripped
/// from names, and time and number literals.
///
/// Indexes travel inside one analysis: `Mention.entity` and `Role.entity`/`Role.of` index
/// `entities`; `Mention.sentence` indexes the sentences that were analysed.
public struct EntityAnalysis: Sendable {
    public var entities: [Entity]
    public var mentions: [Mention]
    public var roles: [Role]
    public var literals: [Literal]
    private var byToken: [Int: [Int: Int]] = [:]

    public init(entities: [Entity] = [], mentions: [Mention] = [], roles: [Role] = [], literals: [Literal] = []) {
        self.entities = entities
        self.mentions = mentions
        self.roles = roles
        self.literals = literals
        for (index, mention) in mentions.enumerated() {
            for token in mention.tokens { byToken[mention.sentence, default: [:]][token] = index }
        }
    }

    /// The mention covering `token` of `sentence`, if any.
    public func mention(sentence: Int, token: Int) -> Mention? {
        byToken[sentence]?[token].map { mentions[$0] }
    }

    /// The literal covering `token` of `sentence`, if any.
    public func literal(sentence: Int, token: Int) -> Literal? {
        literals.first { $0.sentence == sentence && $0.tokens.contains(token) }
    }

    /// The roles held by `entity`.
    public func roles(of entity: Int) -> [Role] {
        roles.filter { $0.entity == entity }
    }
}
