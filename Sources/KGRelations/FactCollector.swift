import KGCore
import KGLanguage
import KGEntities

/// Accumulates the facts of an article: adds concept nodes on demand (one per name) and keeps
/// one fact per subject, relation, object, polarity and sentence (the most confident).
struct FactCollector {
    private(set) var entities: [Entity]
    private(set) var facts: [Fact] = []
    private var concepts: [String: Int] = [:]
    private var seen: [FactKey: Int] = [:]
    /// The owner of each event noun the article has given one (`Vale's bid` → bid: Vale), for the
    /// event's later definite mentions (`rejected the bid`).
    var eventOwners: [String: Int] = [:]

    struct FactKey: Hashable {
        var subject: Int, relation: String, object: Int, negated: Bool, sentence: Int
    }

    init(entities: [Entity]) { self.entities = entities }

    mutating func concept(_ name: String) -> Int {
        let key = name.lowercased()
        if let index = concepts[key] { return index }
        entities.append(Entity(name: name, type: .concept))
        concepts[key] = entities.count - 1
        return entities.count - 1
    }

    mutating func add(_ fact: Fact) {
        guard fact.subject != fact.object else { return }
        var fact = fact
        // Every path that names a relation ends here: one spelling of labels for the whole graph.
        fact.relation = RelationVocabulary.label(fact.relation)
        guard !fact.relation.isEmpty else { return }
        if fact.symmetric && fact.subject > fact.object {
            // Symmetric facts are stored once; a stable order makes the duplicate check work.
            swap(&fact.subject, &fact.object)
        }
        fact.confidence = Confidence.calibrated(reading: fact.confidence, subject: entities[fact.subject],
                                                title: fact.relation == "title")
        let key = FactKey(subject: fact.subject, relation: fact.relation, object: fact.object,
                          negated: fact.negated, sentence: fact.evidence.sentence)
        if let existing = seen[key] {
            if facts[existing].confidence < fact.confidence { facts[existing] = fact }
            return
        }
        seen[key] = facts.count
        facts.append(fact)
    }

    /// Title and office edges from entity recognition: `holder –title→ "President"` and
    /// `holder –president_of→ Ukraine`.
    mutating func add(role: Role) {
        guard entities.indices.contains(role.entity) else { return }
        let evidence = Evidence(sentence: role.sentence, start: role.start, end: role.end)
        var (title, of) = (role.title, role.of)
        if of == nil, let (organisation, rest) = leadingOrganisation(of: title) {
            (title, of) = (rest, organisation)  // `Acme chief executive`: the title of Acme
        }
        add(Fact(subject: role.entity, relation: "title", phrase: title, object: concept(title),
                 confidence: 0.9, evidence: evidence))
        if let of, entities.indices.contains(of), of != role.entity {
            let relation = RelationVocabulary.relation(role: title)
            add(Fact(subject: role.entity, relation: relation, phrase: title + " of", object: of,
                     confidence: 0.85, evidence: evidence))
        }
    }

    /// A title that opens with an organisation's name (`Acme Bank analyst`, `Acme patriarch`):
    /// the organisation and the rest of the title, which must keep at least one word.
    func leadingOrganisation(of title: String) -> (Int, String)? {
        let words = title.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            let name = words[..<n].joined(separator: " ")
            if let e = entities.firstIndex(where: { $0.type == .organization && $0.isSpelt(name) }) {
                return (e, words[n...].joined(separator: " "))
            }
        }
        return nil
    }
}
