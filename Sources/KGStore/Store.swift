import CSQLite

/// The graph file: opens or creates it, migrates its schema, and owns the one connection.
///
///     let store = try Store(path: "kg.sqlite")
///     try store.ingest(extraction)          // one transaction per article
///     let edges = try store.edges()
public final class Store {
    public let db: Database

    /// Opens the store at `path`, creating it and migrating to the current schema.
    public init(path: String, readOnly: Bool = false) throws {
        db = try Database(path: path, readOnly: readOnly)
        try db.executeScript("PRAGMA foreign_keys = ON")
        if !readOnly {
            try db.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            try migrate()
        }
    }

    /// The schema version stored in the file (`PRAGMA user_version`).
    public var schemaVersion: Int {
        get throws { try db.scalar("PRAGMA user_version")?.int ?? 0 }
    }

    func migrate() throws {
        let version = try schemaVersion
        if version > Schema.currentVersion {
            throw StoreError.newerSchema(path: db.path, found: version, supported: Schema.currentVersion)
        }
        for (index, migration) in Schema.migrations.enumerated() where index >= version {
            try db.transaction {
                try db.executeScript(migration)
                try db.executeScript("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    /// Changes whenever another connection commits; the query engine reloads its snapshot then.
    public var dataVersion: Int {
        get throws { try db.scalar("PRAGMA data_version")?.int ?? 0 }
    }
}

/// Store failures a user can act on; SQLite's own failures arrive as `DatabaseError`.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case newerSchema(path: String, found: Int, supported: Int)

    public var description: String {
        switch self {
        case let .newerSchema(path, found, supported):
            "\(path): schema version \(found) is newer than this kg supports (\(supported)); upgrade kg"
        }
    }
}
