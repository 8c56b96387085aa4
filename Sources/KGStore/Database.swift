import CSQLite

/// SQLite's way of saying "copy this buffer now"; the C macro is not imported into Swift.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One SQLite connection. Every value from outside reaches SQL as a bound parameter.
///
///     let db = try Database(path: "kg.sqlite")
///     try db.execute("INSERT INTO t(name) VALUES (?)", ["Romania"])
///     for row in try db.rows("SELECT id, name FROM t") { print(row.int(0), row.text(1)) }
public final class Database {
    let handle: OpaquePointer
    public let path: String

    /// Opens (and creates, unless `readOnly`) the database at `path`.
    public init(path: String, readOnly: Bool = false) throws {
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw DatabaseError(code: rc, message: message)
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, Int32(Self.defaultBusyTimeout * 1000))
    }

    /// How long a writer waits for another writer's transaction before giving up, in seconds.
    public static let defaultBusyTimeout = 5.0

    /// Sets how long to wait for another connection's lock before failing with `SQLITE_BUSY`.
    public func setBusyTimeout(_ seconds: Double) {
        sqlite3_busy_timeout(handle, Int32(seconds * 1000))
    }

    /// True when SQLite opened the file read-only (for example, because it lacks write permission).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that take no parameters (schema, pragmas).
    public func executeScript(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(error)
            throw DatabaseError(code: rc, message: message, sql: sql)
        }
    }

    /// Runs one statement with bound parameters.
    public func execute(_ sql: String, _ arguments: [DatabaseValue] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while try statement.step() {}
    }

    /// Compiles a statement for repeated use.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs a query and collects its rows.
    public func rows(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var result: [Row] = []
        while try statement.step() { result.append(statement.row) }
        return result
    }

    /// The first column of the first row, or nil.
    public func scalar(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> DatabaseValue? {
        try rows(sql, arguments).first?.values.first
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`; any error rolls everything back.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try executeScript("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try executeScript("COMMIT")
            return result
        } catch {
            try? executeScript("ROLLBACK")
            throw error
        }
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }
}
