import KGCore

/// Cross-article entity resolution through the aliases table.
///
/// An article's entity joins a stored one when its own name is a known alias of exactly one
/// entity of compatible type ("Biden" joins Joe Biden), or when one of its other names is the
/// canonical name of exactly one such entity (an article's "Joe Biden, also Biden" joins a
/// stored "Biden", which then takes the fuller name). A name shared by several entities
/// (two Johnsons) resolves to none of them: it is reported, and the entities stay apart.
///
/// A name keeps one node whatever type each article gave it: the same canonical name of another
/// named type joins too ("Ryanair" read as a person in one article, an organisation in others), and
/// the node's type is then settled by all its mentions (`Store+Settling`). A title's concept and a
/// generic (lower-case) concept stay in their article: they neither join nor are joined.
extension Store {
    struct Candidate: Hashable {
        var id: Int
        var name: String
        var type: String

        /// From a row of `id, name, type`.
        init(_ row: Row) {
            self.init(id: row.int(0), name: row.text(1), type: row.text(2))
        }

        init(id: Int, name: String, type: String) {
            self.id = id
            self.name = name
            self.type = type
        }
    }

    /// The stored entity for `entity`, found or created, with the entity's names recorded as aliases.
    func resolve(_ entity: Entity, evidence: ResolutionEvidence.Entity = .init(withinArticle: false),
                 outcome: inout IngestOutcome) throws -> Int {
        let nameKey = AliasKey.fold(entity.name)
        // A person's given name alone ("Aldric" of "Aldric Vane") names too many people to join
        // anything across articles: it is no alias, and no stored node is looked up by it.
        let aliases = entity.type == .person ? entity.aliases.filter { !PersonNames.isGivenName($0, of: entity.name) } : entity.aliases
        var chosen: Candidate?
        let sameName = evidence.withinArticle ? [] : try entities(key: nameKey)
        // Another type's node joins only by its own name, and only when no node of this type answers.
        let sameType = sameName.filter { Self.compatible(entity.type.rawValue, $0.type) }
        let byName = !sameType.isEmpty ? sameType : sameName.filter { stored in
            Self.named(entity.type.rawValue) && Self.named(stored.type) && AliasKey.fold(stored.name) == nameKey
        }
        if evidence.withinArticle {
            // Always a node of its own.
        } else if let named = try userNamed(key: nameKey) {
            chosen = named
        } else if let named = try namedEntity(forConcept: entity, sameName: sameName) {
            chosen = named
        } else if byName.count == 1 {
            chosen = byName[0]
        } else if byName.count > 1 {
            let exact = byName.filter { AliasKey.fold($0.name) == nameKey }
            if exact.count == 1 {
                chosen = exact[0]
            } else if let person = try surnameJoin(entity, evidence: evidence) {
                chosen = person
            } else {
                outcome.ambiguities.append(Ambiguity(name: entity.name, candidates: byName.map(\.name)))
            }
        } else {
            var byCanonical: [Candidate] = []
            for key in Set(aliases.map(AliasKey.fold)) where !key.isEmpty && key != nameKey {
                for candidate in try candidates(key: key, type: entity.type)
                where AliasKey.fold(candidate.name) == key && !byCanonical.contains(candidate) {
                    byCanonical.append(candidate)
                }
            }
            if byCanonical.count == 1 {
                chosen = byCanonical[0]
                // The fuller name; of two as full, the first in order, so arrival order does not decide.
                if (entity.name.count, chosen!.name) > (chosen!.name.count, entity.name) {
                    try run("UPDATE entities SET name = ? WHERE id = ?", [.text(entity.name), DatabaseValue(chosen!.id)])
                }
            } else if byCanonical.count > 1 {
                outcome.ambiguities.append(Ambiguity(name: entity.name, candidates: byCanonical.map(\.name)))
            } else {
                chosen = try surnameJoin(entity, evidence: evidence)
            }
        }

        let id: Int
        if let chosen {
            id = chosen.id
        } else {
            try run("INSERT INTO entities(name, type) VALUES (?, ?)", [.text(entity.name), .text(entity.type.rawValue)])
            id = Int(db.lastInsertRowID)
            outcome.newEntities += 1
        }
        if entity.type == .person, entity.name.contains(" ") {
            try absorbBareSurname(of: id, named: entity.name, context: evidence.corroborators, articleNames: evidence.articleNames)
        }
        // Nodes that stay in their article share their names by design: nothing to report.
        try addAliases([entity.name] + aliases, to: id, type: entity.type,
                       reportShared: !evidence.withinArticle, outcome: &outcome)
        if !evidence.withinArticle, Self.named(entity.type.rawValue) {
            try absorbCapitalisedConcepts(into: id, named: entity.name)
        }
        return id
    }

    /// The one entity a user gave the folded name `key` (`kg alias add`, or the name of an entity
    /// `kg merge` absorbed into it): the user's decision wins over every automatic rule.
    private func userNamed(key: String) throws -> Candidate? {
        let named = try rows("""
            SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity
            WHERE a.key = ? AND a.origin = 'user'
            """, [.text(key)]).map(Candidate.init)
        return named.count == 1 ? named[0] : nil
    }

    /// Stored entities of a type compatible with `type` that go by the folded name `key`.
    func candidates(key: String, type: EntityType) throws -> [Candidate] {
        try entities(key: key).filter { Self.compatible(type.rawValue, $0.type) }
    }

    /// Every stored entity that goes by the folded name `key`, but for nodes that stay in their
    /// article: another article's "government" or "President" is no candidate for anything.
    private func entities(key: String) throws -> [Candidate] {
        guard !key.isEmpty else { return [] }
        return try rows("""
            SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity
            WHERE a.key = ? ORDER BY e.id
            """, [.text(key)])
            .map(Candidate.init)
            .filter { try !staysInArticle($0) }
    }

    /// A generic concept, or a title's (the object of a `title` fact), as `ResolutionEvidence`
    /// decides for the article it came from.
    func staysInArticle(_ candidate: Candidate) throws -> Bool {
        guard candidate.type == EntityType.concept.rawValue else { return false }
        if !Self.capitalised(candidate.name) { return true }
        return try scalar("SELECT 1 FROM edges WHERE object = ? AND relation = 'title' LIMIT 1",
                          [DatabaseValue(candidate.id)]) != nil
    }

    /// Whether a concept's name starts with a capital: a name the recogniser missed ("Zelenskyy",
    /// "Cairn") rather than a generic noun phrase ("government", "the company").
    static func capitalised(_ name: String) -> Bool { name.first?.isUppercase == true }

    /// A capitalised concept ("Zelenskyy" in an article where the recogniser missed the name)
    /// that is a known name, or the surname, of exactly one named entity is that entity. Only
    /// this direction: a later person "Bill" must not join the concept "bill".
    private func namedEntity(forConcept entity: Entity, sameName: [Candidate]) throws -> Candidate? {
        guard entity.type == .concept, Self.capitalised(entity.name) else { return nil }
        var named = sameName.filter { $0.type != EntityType.concept.rawValue }
        if named.isEmpty, !entity.name.contains(" ") {
            // A scan, but only for one-word capitalised concepts, which are few per article.
            named = try peopleWithSurname(entity.name)
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The other order of `namedEntity(forConcept:)`: a capitalised concept stored before any
    /// article named the thing ("Cairn" where the recogniser missed the company) joins the named
    /// node that now goes by its name, when that node is the only named one that does. Concepts
    /// that stay in their article are no candidates (`entities(key:)`).
    private func absorbCapitalisedConcepts(into id: Int, named name: String) throws {
        let key = AliasKey.fold(name)
        let sameName = try entities(key: key)
        guard sameName.contains(where: { $0.type == EntityType.concept.rawValue }),
              sameName.filter({ Self.named($0.type) }).map(\.id) == [id] else { return }
        for concept in sameName where concept.type == EntityType.concept.rawValue && AliasKey.fold(concept.name) == key {
            var outcome = MergeOutcome(kept: EntityRecord(id: id, name: name, type: ""),
                                       absorbed: EntityRecord(id: concept.id, name: concept.name, type: concept.type))
            try absorb(concept.id, into: id, outcome: &outcome)
        }
    }

    /// A one-word person name nothing else resolved joins the one full name it is the surname of,
    /// when the article corroborates it (`Store+Surnames`).
    private func surnameJoin(_ entity: Entity, evidence: ResolutionEvidence.Entity) throws -> Candidate? {
        guard entity.type == .person, !entity.name.contains(" ") else { return nil }
        return try corroboratedPerson(surname: entity.name, context: evidence.corroborators)
    }

    /// Every type but concepts names a thing (literals never reach the store as entities).
    static func named(_ type: String) -> Bool { type != EntityType.concept.rawValue }

    /// Types that may name the same thing: equal ones, and place/organization, because a
    /// country acting ("Russia said") is typed as either.
    static func compatible(_ a: String, _ b: String) -> Bool {
        a == b || Set([a, b]) == [EntityType.place.rawValue, EntityType.organization.rawValue]
    }

    /// Records extracted names of entity `id`; a name that now means two entities is reported.
    private func addAliases(_ names: [String], to id: Int, type: EntityType, reportShared: Bool,
                            outcome: inout IngestOutcome) throws {
        for name in names {
            let key = AliasKey.fold(name)
            guard !key.isEmpty else { continue }
            try run("INSERT INTO aliases(key, alias, entity) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [.text(key), .text(name), DatabaseValue(id)])
            guard db.changes == 1 else {
                // Of two spellings of one alias ("Hartz IV", "Hartz-IV"), the first in code-point order, whichever came first.
                try run("UPDATE aliases SET alias = ?1 WHERE key = ?2 AND entity = ?3 AND alias > ?1",
                        [.text(name), .text(key), DatabaseValue(id)])
                continue
            }
            guard reportShared else { continue }
            let sharing = try candidates(key: key, type: type)
            if sharing.count > 1 && !outcome.ambiguities.contains(where: { AliasKey.fold($0.name) == key }) {
                outcome.ambiguities.append(Ambiguity(name: name, candidates: sharing.map(\.name)))
            }
        }
    }
}
