import KGCore

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
        guard !PersonNames.opensWithGivenNameTitle(name),
              let surname = name.split(separator: " ").last.map(String.init), surname != name, !context.isEmpty,
              !articleNames.contains(AliasKey.fold(surname)),
              try peopleWithSurname(surname).map(\.id) == [person] else { return }
        let bare = try rows("""
            SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity
            WHERE a.key = ? AND e.type = 'person' AND lower(e.name) = lower(?)
            """, [.text(AliasKey.fold(surname)), .text(surname)]).map(Candidate.init)
        guard bare.count == 1, try sharesArticle(bare[0], withAnyOf: context) else { return }
        var outcome = MergeOutcome(kept: EntityRecord(id: person, name: name, type: "person"),
                                   absorbed: EntityRecord(id: bare[0].id, name: bare[0].name, type: bare[0].type))
        try absorb(bare[0].id, into: person, outcome: &outcome)
    }

    /// Stored people whose name has more than one word and ends with `surname`, through the
    /// `entities_surname` index (the expression must stay the index's, letter for letter). A name
    /// opening with a given-name title ends with a given name ("Prince Aldric"), not a surname.
    func peopleWithSurname(_ surname: String) throws -> [Candidate] {
        try rows("""
            SELECT id, name, type FROM entities
            WHERE type = 'person' AND instr(name, ' ') > 0
              AND lower(replace(name, rtrim(name, replace(name, ' ', '')), '')) = lower(?)
            """, [.text(surname)]).map(Candidate.init).filter { !PersonNames.opensWithGivenNameTitle($0.name) }
    }

    /// Whether an article that mentions `person` also mentions another entity going by one of `keys`.
    /// Read from the person's side: a person is in few articles, while a key such as "uk" is in thousands.
    private func sharesArticle(_ person: Candidate, withAnyOf keys: Set<String>) throws -> Bool {
        let keys = keys.sorted().prefix(200)
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        return try !rows("""
            SELECT 1 FROM mentions own JOIN sentences ownSentence ON ownSentence.id = own.sentence
            JOIN sentences s ON s.article = ownSentence.article JOIN mentions m ON m.sentence = s.id
            JOIN aliases a ON a.entity = m.entity
            WHERE own.entity = ?1 AND m.entity != ?1 AND a.key IN (\(placeholders))
            LIMIT 1
            """, [DatabaseValue(person.id)] + keys.map { .text($0) }).isEmpty
    }
}
