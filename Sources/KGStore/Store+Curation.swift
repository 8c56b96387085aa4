/// A user's corrections to the graph: finding an entity by name, `kg merge` and `kg alias add`.
extension Store {
    /// The entity a user means by `name`: `#id`, a canonical name or any alias, in any case.
    /// Throws `unknownEntity` with close names as suggestions, or `ambiguousEntity`.
    public func entity(named name: String) throws -> EntityRecord {
        try guarded {
            if name.hasPrefix("#"), let id = Int(name.dropFirst()) {
                if let row = try rows("SELECT id, name, type FROM entities WHERE id = ?", [DatabaseValue(id)]).first {
                    return EntityRecord(id: row.int(0), name: row.text(1), type: row.text(2))
                }
                throw StoreError.unknownEntity(name: name, suggestions: [])
            }
            let found = try rows("""
                SELECT DISTINCT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity
                WHERE a.key = ? ORDER BY e.id
                """, [.text(AliasKey.fold(name))]).map { EntityRecord(id: $0.int(0), name: $0.text(1), type: $0.text(2)) }
            let exact = found.filter { $0.name.lowercased() == name.lowercased() }
            if found.count == 1 { return found[0] }
            if exact.count == 1 { return exact[0] }
            if found.isEmpty { throw StoreError.unknownEntity(name: name, suggestions: try suggestions(for: name)) }
            throw StoreError.ambiguousEntity(name: name, candidates: found.map { "\($0.name) (\($0.type), #\($0.id))" })
        }
    }

    /// Up to three entity names close to `name` (small edit distance, or sharing a word).
    func suggestions(for name: String) throws -> [String] {
        let wanted = AliasKey.fold(name)
        guard !wanted.isEmpty else { return [] }
        let wantedWords = Set(wanted.split(separator: " "))
        var scored: [(score: Int, name: String)] = []
        for row in try db.rows("SELECT DISTINCT a.key, e.name FROM aliases a JOIN entities e ON e.id = a.entity") {
            let key = row.text(0)
            let distance = Self.editDistance(wanted, key, limit: max(2, wanted.count / 3))
            let sharesWord = !wantedWords.isDisjoint(with: key.split(separator: " "))
            if let distance {
                scored.append((distance, row.text(1)))
            } else if sharesWord {
                scored.append((100, row.text(1)))
            }
        }
        var names: [String] = []
        for candidate in scored.sorted(by: { ($0.score, $0.name) < ($1.score, $1.name) }) where !names.contains(candidate.name) {
            names.append(candidate.name)
            if names.count == 3 { break }
        }
        return names
    }

    /// Levenshtein distance of `a` and `b`, or nil when it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return nil }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// What `merge` did.
    public struct MergeOutcome: Sendable, Hashable {
        public var kept: EntityRecord
        public var absorbed: EntityRecord
        public var mentions = 0
        public var aliases = 0
        /// Edges re-pointed from the absorbed entity to the kept one.
        public var edgesMoved = 0
        /// Edges that turned out to be the same fact as one the kept entity had; their evidence joined it.
        public var edgesUnified = 0
    }

    /// Merges `absorbed` into `kept` in one transaction: aliases, mentions and edges move over,
    /// duplicate edges become one keeping all evidence, and the absorbed name becomes a user alias
    /// so later articles resolve to `kept` too.
    public func merge(_ absorbed: EntityRecord, into kept: EntityRecord) throws -> MergeOutcome {
        guard absorbed.id != kept.id else { throw StoreError.sameEntity(name: kept.name) }
        var outcome = MergeOutcome(kept: kept, absorbed: absorbed)
        return try guarded {
            try db.transaction {
                try absorb(absorbed.id, into: kept.id, outcome: &outcome)
                try addUserAlias(absorbed.name, to: kept.id)
                return outcome
            }
        }
    }

    /// Moves aliases, mentions and edges of entity `absorbedID` to `keptID` and deletes it, inside
    /// the caller's transaction; duplicate edges become one keeping all evidence.
    func absorb(_ absorbedID: Int, into keptID: Int, outcome: inout MergeOutcome) throws {
        let ids = [DatabaseValue(keptID), DatabaseValue(absorbedID)]
        try run("""
            INSERT INTO aliases(key, alias, entity, origin) SELECT key, alias, ?1, origin FROM aliases WHERE entity = ?2
            ON CONFLICT(key, entity) DO UPDATE SET origin = max(origin, excluded.origin)
            """, ids) // 'user' > 'extracted': a user-made name stays user-made
        outcome.aliases = db.changes
        try run("UPDATE mentions SET entity = ?1 WHERE entity = ?2", ids)
        outcome.mentions = db.changes
        for row in try rows("SELECT id, subject, relation, object, negated, symmetric FROM edges WHERE subject = ?1 OR object = ?1",
                            [DatabaseValue(absorbedID)]) {
            let edge = row.int(0)
            let subject = row.int(1) == absorbedID ? keptID : row.int(1)
            let object = row.int(3) == absorbedID ? keptID : row.int(3)
            let same = try existingEdge(subject: subject, relation: row.text(2), object: object,
                                        negated: row.bool(4), symmetric: row.bool(5), other: edge)
            if let same {
                // Evidence already on the kept edge (the same span) is dropped with the old edge.
                try run("UPDATE OR IGNORE evidence SET edge = ? WHERE edge = ?", [DatabaseValue(same), DatabaseValue(edge)])
                try run("DELETE FROM edges WHERE id = ?", [DatabaseValue(edge)])
                outcome.edgesUnified += 1
            } else {
                try run("UPDATE edges SET subject = ?, object = ? WHERE id = ?",
                        [DatabaseValue(subject), DatabaseValue(object), DatabaseValue(edge)])
                outcome.edgesMoved += 1
            }
        }
        try run("DELETE FROM entities WHERE id = ?", [DatabaseValue(absorbedID)])
    }

    /// Another edge stating the same fact, also the other way round when symmetric.
    private func existingEdge(subject: Int, relation: String, object: Int, negated: Bool, symmetric: Bool,
                              other: Int) throws -> Int? {
        let find = "SELECT id FROM edges WHERE subject = ? AND relation = ? AND object = ? AND negated = ? AND id != ?"
        if let id = try scalar(find, [DatabaseValue(subject), .text(relation), DatabaseValue(object),
                                      DatabaseValue(negated), DatabaseValue(other)])?.int {
            return id
        }
        guard symmetric else { return nil }
        return try scalar(find, [DatabaseValue(object), .text(relation), DatabaseValue(subject),
                                 DatabaseValue(negated), DatabaseValue(other)])?.int
    }

    /// Adds `alias` as a user-made name of `entity`; returns the other entities that already go by it.
    @discardableResult
    public func addAlias(_ alias: String, to entity: EntityRecord) throws -> [EntityRecord] {
        guard !AliasKey.fold(alias).isEmpty else { throw StoreError.invalidAlias(alias: alias) }
        return try guarded {
            try db.transaction {
                try addUserAlias(alias, to: entity.id)
                return try rows("""
                    SELECT e.id, e.name, e.type FROM aliases a JOIN entities e ON e.id = a.entity
                    WHERE a.key = ? AND e.id != ? ORDER BY e.id
                    """, [.text(AliasKey.fold(alias)), DatabaseValue(entity.id)])
                    .map { EntityRecord(id: $0.int(0), name: $0.text(1), type: $0.text(2)) }
            }
        }
    }

    private func addUserAlias(_ alias: String, to entity: Int) throws {
        try run("""
            INSERT INTO aliases(key, alias, entity, origin) VALUES (?, ?, ?, 'user')
            ON CONFLICT(key, entity) DO UPDATE SET origin = 'user'
            """, [.text(AliasKey.fold(alias)), .text(alias), DatabaseValue(entity)])
    }
}
