import KGCore

/// What an article tells cross-article resolution about each of its entities beyond the entity
/// itself: whether it is a title's concept, which stays in its article, and the article's other
/// names that can corroborate a bare surname's join.
struct ResolutionEvidence {
    struct Entity {
        /// A title's concept ("chief executive", "President") names one holder's office in one
        /// article, not one thing across the corpus, so it never joins another article's node.
        var withinArticle: Bool
        /// Folded names of the article's other organisations, people, products and events.
        var corroborators: Set<String> = []
        /// Folded names of every entity of the article, of any type.
        var articleNames: Set<String> = []
    }

    private var titleConcepts: Set<Int>
    private var keys: [Set<String>]
    private var corroborating: [Bool]
    private var articleNames: Set<String>

    init(_ extraction: Extraction) {
        titleConcepts = Set(extraction.facts.filter { $0.relation == "title" }.map(\.object))
        keys = extraction.entities.map { entity in
            Set(([entity.name] + entity.aliases).map(AliasKey.fold).filter { !$0.isEmpty })
        }
        corroborating = extraction.entities.map { ![.concept, .place, .time, .number].contains($0.type) }
        articleNames = keys.reduce(into: []) { $0.formUnion($1) }
    }

    func of(_ index: Int) -> Entity {
        var corroborators: Set<String> = []
        for (other, names) in keys.enumerated() where other != index && corroborating[other] { corroborators.formUnion(names) }
        corroborators.subtract(keys[index])
        return Entity(withinArticle: titleConcepts.contains(index),
                      corroborators: corroborators, articleNames: articleNames)
    }
}
