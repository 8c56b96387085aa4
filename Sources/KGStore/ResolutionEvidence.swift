import KGCore

/// What an article tells cross-article resolution about each of its entities beyond the entity
/// itself: whether it stays in its article (a title's concept, a generic one), and the article's
/// other names that can corroborate a bare surname's join.
struct ResolutionEvidence {
    struct Entity {
        /// A title's concept ("chief executive", "President") names one holder's office in one
        /// article, and a generic one ("government", "the company", "way") whatever the article
        /// is about: neither names one thing across the corpus, so it never joins another
        /// article's node (and no later article's entity joins it).
        var withinArticle: Bool
        /// Folded names of the article's other organisations, people, products and events.
        var corroborators: Set<String> = []
        /// Folded names of every entity of the article, of any type.
        var articleNames: Set<String> = []
    }

    private var articleOnly: Set<Int>
    private var keys: [Set<String>]
    private var corroborating: [Bool]
    private var articleNames: Set<String>

    init(_ extraction: Extraction) {
        let titleConcepts = extraction.facts.filter { $0.relation == "title" }.map(\.object)
        let genericConcepts = extraction.entities.indices.filter {
            extraction.entities[$0].type == .concept && !Store.capitalised(extraction.entities[$0].name)
        }
        articleOnly = Set(titleConcepts + genericConcepts)
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
        return Entity(withinArticle: articleOnly.contains(index),
                      corroborators: corroborators, articleNames: articleNames)
    }
}
