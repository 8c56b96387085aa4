/// A bare surname across articles ("Panke" in one article, "Helmut Panke" in another). A shared
/// surname alone is not enough, since many people share one: the stored person must also have
/// been named in an article beside something this article names too (an organisation, person,
/// product or event; places are too common to tell people apart), and be the only such person.
extension Store {
    /// The one stored person whose full name ends with `surname` and who shares a corroborating
    /// name with the article (folded keys in `context`), if exactly one does.
    func corroboratedPerson(surname: String, context: Set<String>) throws -> Candidate? {
        guard !context.isEmpty, !surname.contains(" ") else { return nil }
        let corroborated = try peopleWithSurname(surname).filter { try sharesArticle($0, withAnyOf: context) }
        return corroborated.count == 1 ? corroborated[0] : nil
    }

    /// The other order: a full name arrives after articles that gave only its surname. A stored
    /// one-word person node of that surname joins `person` when `person` is the only full name with
    /// that surname and the bare node's articles share a corroborating name with this one.
    /// A surname the article itself names apart (`articleNames`) may already stand for the bare node.
    func absorbBareSurname(of person: Int, named name: String, context: Set<String>, articleNames: Set<String>) throws {
        guard let surname = name.split(separator: " ").last.map(String.init), surname != name, !context.isEmpty,
              !articleNames.contains(AliasKey.fold(surname)),
              try peopleWithSurname(surname).map(\.id) == [person] else { return }
        let bare = try rows("SELECT id, name, type FROM entities WHERE type = 'person' AND lower(name) = lower(?)", [.text(surname)])
            .map(Candidate.init)
        guard bare.count == 1, try sharesArticle(bare[0], withAnyOf: context) else { return }
        var outcome = MergeOutcome(kept: EntityRecord(id: person, name: name, type: "person"),
                                   absorbed: EntityRecord(id: bare[0].id, name: bare[0].name, type: bare[0].type))
        try absorb(bare[0].id, into: person, outcome: &outcome)
    }

    /// Stored people whose name has more than one word and ends with `surname` (a scan of the
    /// entities table, done only for one-word names nothing else resolved).
    func peopleWithSurname(_ surname: String) throws -> [Candidate] {
        try rows("""
            SELECT id, name, type FROM entities
            WHERE type = 'person' AND lower(substr(name, -length(?1) - 1)) = lower(' ' || ?1)
            """, [.text(surname)]).map(Candidate.init)
    }

    /// Whether an article that mentions `person` also mentions another entity going by one of `keys`.
    private func sharesArticle(_ person: Candidate, withAnyOf keys: Set<String>) throws -> Bool {
        let keys = keys.sorted().prefix(200)
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        return try !rows("""
            SELECT 1 FROM aliases a JOIN mentions m ON m.entity = a.entity JOIN sentences s ON s.id = m.sentence
            WHERE a.key IN (\(placeholders)) AND a.entity != ?
              AND s.article IN (SELECT DISTINCT s2.article FROM mentions m2 JOIN sentences s2 ON s2.id = m2.sentence
                                WHERE m2.entity = ?)
            LIMIT 1
            """, keys.map { .text($0) } + [DatabaseValue(person.id), DatabaseValue(person.id)]).isEmpty
    }
}
