import KGPipeline

/// What an article tells cross-article resolution about each of its entities beyond the entity
/// itself: how often the article mentions it (the weight of its type when two articles disagree on
/// the type of one name) and whether it is a title's concept, which stays in its article.
struct ResolutionEvidence {
    struct Entity {
        /// Mentions in the article; at least 1, since an entity related but never named still counts.
        var mentions: Int
        /// A title's concept ("chief executive", "President") names one holder's office in one
        /// article, not one thing across the corpus, so it never joins another article's node.
        var withinArticle: Bool
    }

    private var mentions: [Int]
    private var titleConcepts: Set<Int>

    init(_ extraction: Extraction) {
        mentions = [Int](repeating: 0, count: extraction.entities.count)
        for mention in extraction.mentions where mentions.indices.contains(mention.entity) { mentions[mention.entity] += 1 }
        titleConcepts = Set(extraction.facts.filter { $0.relation == "title" }.map(\.object))
    }

    func of(_ index: Int) -> Entity {
        Entity(mentions: max(1, mentions[index]), withinArticle: titleConcepts.contains(index))
    }
}
