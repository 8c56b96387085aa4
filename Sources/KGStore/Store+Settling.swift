/// A node's type and spelling from all the evidence the graph holds, not from the article that
/// came first, so that the same articles ingested in any order, or by parallel runs, give every
/// node the same type and name.
///
/// - **Type.** Each mention keeps the type its article gave (schema v3); the node takes the
///   commonest named type among its mentions. Ties go to place, then person, then organisation (a
///   country acting is read as either place or organisation; place is what a reader expects), then
///   by name. A concept's vote counts only when no article named the thing.
/// - **Spelling.** Of the mentions spelt as variants of the node's name ("PwC", "PWC"; "Hartz IV",
///   "Hartz-IV"), the commonest; ties go to the shorter ("United States" before "The United
///   States"), then to the first in code-point order.
extension Store {
    /// Re-decides the type and spelling of each of `entities` that has mentions.
    func settle<Entities: Sequence<Int>>(_ entities: Entities) throws {
        for entity in entities {
            let id = [DatabaseValue(entity)]
            try run("""
                UPDATE entities SET type = (
                    SELECT type FROM mentions WHERE entity = ?1 AND type != ''
                    GROUP BY type
                    ORDER BY type = 'concept', count(*) DESC,
                             CASE type WHEN 'place' THEN 0 WHEN 'person' THEN 1 WHEN 'organization' THEN 2 ELSE 3 END, type
                    LIMIT 1)
                WHERE id = ?1 AND EXISTS (SELECT 1 FROM mentions WHERE entity = ?1 AND type != '')
                """, id)
            guard let name = try scalar("SELECT name FROM entities WHERE id = ?", id)?.string else { continue }
            let key = AliasKey.fold(name)
            let spellings = try rows("SELECT text, count(*) FROM mentions WHERE entity = ? GROUP BY text", id)
                .map { (text: $0.text(0), count: $0.int(1)) }
                .filter { AliasKey.fold($0.text) == key }
            let named = spellings.first { $0.text == name }?.count ?? 0
            guard let best = spellings.filter({ $0.text != name })
                .min(by: { ($1.count, $0.text.count, $0.text) < ($0.count, $1.text.count, $1.text) }) else { continue }
            if (best.count, name.count, name) > (named, best.text.count, best.text) {
                try run("UPDATE entities SET name = ? WHERE id = ?", [.text(best.text), DatabaseValue(entity)])
            }
        }
    }
}
