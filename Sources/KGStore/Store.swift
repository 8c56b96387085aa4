import CSQLite
import Foundation
import KGCore

/// The graph file: opens or creates it, migrates its schema, and owns the one connection.
///
///     let store = try Store(path: "kg.sqlite")
///     try store.ingest(extraction)          // one transaction per article
///     let edges = try store.edges()
///
/// Opening checks the file first so that each way it can be wrong (missing folder, read-only,
/// not SQLite, a newer kg's schema, locked by another writer) is one clear `StoreError`.
public final class Store {
    /// The connection; only the store's own files write SQL, everyone else calls its typed reads.
    let db: Database
    /// Seconds a write waits for another writer before failing with `StoreError.locked`.
    public let busyTimeout: Double
    /// Compiled statements of the ingest and curation paths, reused across articles.
    var statements: [String: Statement] = [:]

    /// Opens the store at `path`, creating it and migrating to the current schema.
    /// Read-only stores must exist already and are never migrated. A writer first runs `check`
    /// on an existing file, so a damaged graph is refused before anything is added to it.
    public init(path: String, readOnly: Bool = false, busyTimeout: Double = Database.defaultBusyTimeout,
                check: IntegrityCheck = .quick) throws {
        try Self.checkFile(path, readOnly: readOnly)
        let isEmptyFile = Self.fileSize(path) == 0
        self.busyTimeout = busyTimeout
        do {
            db = try Database(path: path, readOnly: readOnly)
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path, busyTimeout: busyTimeout)
        }
        db.setBusyTimeout(busyTimeout)
        try guarded {
            try db.executeScript("PRAGMA foreign_keys = ON")
            // Reading the schema header is what tells an SQLite file from any other file.
            let tables = try db.scalar("SELECT count(*) FROM sqlite_master")?.int ?? 0
            let version = try schemaVersion
            if version < 0 { throw StoreError.unknownSchema(path: path, found: version) }
            if version > Schema.currentVersion {
                throw StoreError.newerSchema(path: path, found: version, supported: Schema.currentVersion)
            }
            if version == 0 && tables > 0 { throw StoreError.notAGraph(path: path) }
            if readOnly {
                if isEmptyFile { throw StoreError.empty(path: path) }
                if version < Schema.currentVersion { throw StoreError.notAGraph(path: path) }
                return
            }
            if db.isReadOnly { throw StoreError.readOnly(path: path) }
            // An empty file (just created, or 0 bytes) has nothing to check; it becomes a new graph.
            if !isEmptyFile { try checkIntegrity(check) }
            try db.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            try migrate(from: version)
        }
    }

    /// The schema version stored in the file (`PRAGMA user_version`).
    public var schemaVersion: Int {
        get throws { try db.scalar("PRAGMA user_version")?.int ?? 0 }
    }

    func migrate(from version: Int) throws {
        for (index, migration) in Schema.migrations.enumerated() where index >= version {
            try db.transaction {
                // Another process may have migrated while this one waited for the lock.
                guard try schemaVersion == index else { return }
                try db.executeScript(migration)
                try db.executeScript("PRAGMA user_version = \(index + 1)")
            }
        }
    }

    /// Changes whenever another connection commits; the query engine reloads its snapshot then.
    public var dataVersion: Int {
        get throws { try db.scalar("PRAGMA data_version")?.int ?? 0 }
    }

    /// Runs `body`, turning SQLite's failures into `StoreError`s that name this file.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: db.path, busyTimeout: busyTimeout)
        }
    }

    /// A compiled statement from the cache, bound to `arguments` and ready to step.
    func statement(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> Statement {
        let statement: Statement
        if let cached = statements[sql] {
            statement = cached
        } else {
            statement = try db.prepare(sql)
            statements[sql] = statement
        }
        try statement.bind(arguments)
        return statement
    }

    /// Runs a cached write statement to completion.
    func run(_ sql: String, _ arguments: [DatabaseValue] = []) throws {
        let statement = try statement(sql, arguments)
        while try statement.step() {}
    }

    /// Runs a cached query and collects its rows.
    func rows(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Row] {
        let statement = try statement(sql, arguments)
        var result: [Row] = []
        while try statement.step() { result.append(statement.row) }
        return result
    }

    /// The first column of the first row of a cached query, or nil.
    func scalar(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> DatabaseValue? {
        let statement = try statement(sql, arguments)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step() ? statement.row.values.first : nil
    }

    /// Checks what can be known before SQLite touches the file, for precise messages. A FIFO or
    /// device is refused here, before SQLite could wait forever opening it.
    static func checkFile(_ path: String, readOnly: Bool) throws {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreError.isFolder(path: path) }
            if case .other(let kind) = PathKind(path) { throw StoreError.notAFile(path: path, kind: kind) }
            if !files.isReadableFile(atPath: path) {
                throw StoreError.cannotOpen(path: path, reason: "no read permission")
            }
            if !readOnly && !files.isWritableFile(atPath: path) { throw StoreError.readOnly(path: path) }
            return
        }
        if readOnly { throw StoreError.notFound(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        let parent = folder.isEmpty ? "." : folder
        if !files.fileExists(atPath: parent, isDirectory: &isFolder) || !isFolder.boolValue {
            throw StoreError.missingFolder(path: path, folder: parent)
        }
        if !files.isWritableFile(atPath: parent) {
            throw StoreError.cannotOpen(path: path, reason: "folder \(parent) is not writable")
        }
    }
}
