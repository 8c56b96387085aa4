import CSQLite
import KGCore

/// Store failures a user can act on. Each description is one line that names the database
/// file (or the article) and the reason, ready for standard error.
public enum StoreError: DiagnosticConvertible, CustomStringConvertible, Sendable, Equatable {
    case missingFolder(path: String, folder: String)
    case isFolder(path: String)
    case notAFile(path: String, kind: String)
    case unusablePath(path: String, reason: String)
    case empty(path: String)
    case unknownSchema(path: String, found: Int)
    case notFound(path: String)
    case readOnly(path: String)
    case notADatabase(path: String)
    case notAGraph(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case locked(path: String, seconds: Double)
    case corrupt(path: String)
    case cannotOpen(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case sqlite(path: String, code: Int32, message: String)
    case invalidExtraction(source: String, reason: String)
    case unknownEntity(name: String, suggestions: [String])
    case ambiguousEntity(name: String, candidates: [String])
    case sameEntity(name: String)
    case invalidAlias(alias: String)

    public var description: String {
        switch self {
        case let .missingFolder(path, folder):
            "\(path): cannot create the database: folder \(folder) does not exist"
        case let .isFolder(path):
            "\(path): is a folder, not a database file"
        case let .notAFile(path, kind):
            "\(path): is \(kind), not a database file"
        case let .unusablePath(path, reason):
            "\(path.isEmpty ? "''" : path): \(reason)"
        case let .empty(path):
            "\(path): an empty file (0 bytes), not a kg graph yet (kg ingest makes it one)"
        case let .unknownSchema(path, found):
            "\(path): schema version \(found) is not one kg ever wrote; not a kg graph"
        case let .notFound(path):
            "\(path): no such database (run `kg ingest` first, or pass --db)"
        case let .readOnly(path):
            "\(path): database is read-only (no write permission)"
        case let .notADatabase(path):
            "\(path): not an SQLite database"
        case let .notAGraph(path):
            "\(path): an SQLite database, but not a kg graph"
        case let .newerSchema(path, found, supported):
            "\(path): schema version \(found) is newer than this kg supports (\(supported)); upgrade kg"
        case let .locked(path, seconds):
            "\(path): database is locked by another writer (gave up after \(seconds.formatted) s)"
        case let .corrupt(path):
            "\(path): database file is corrupt"
        case let .cannotOpen(path, reason):
            "\(path): cannot open the database: \(reason)"
        case let .cannotWrite(path, reason):
            "\(path): cannot write to the database: \(reason)"
        case let .sqlite(path, code, message):
            "\(path): SQLite error \(code): \(message)"
        case let .invalidExtraction(source, reason):
            "\(source): extraction not stored: \(reason)"
        case let .unknownEntity(name, suggestions):
            "no entity named \(name)" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case let .ambiguousEntity(name, candidates):
            "\(name) is ambiguous: \(candidates.joined(separator: ", ")); use the full name or #id"
        case let .sameEntity(name):
            "\(name): both names are the same entity; nothing to merge"
        case let .invalidAlias(alias):
            "\"\(alias)\" cannot be an alias: it has no letters or digits"
        }
    }

    /// Translates SQLite's failure into the user's terms for the database at `path`.
    static func from(_ error: DatabaseError, path: String, busyTimeout: Double) -> StoreError {
        switch error.code {
        case SQLITE_BUSY, SQLITE_LOCKED: StoreError.locked(path: path, seconds: busyTimeout)
        case SQLITE_NOTADB: StoreError.notADatabase(path: path)
        case SQLITE_CORRUPT: StoreError.corrupt(path: path)
        case SQLITE_READONLY: StoreError.readOnly(path: path)
        case SQLITE_CANTOPEN: StoreError.cannotOpen(path: path, reason: error.message)
        case SQLITE_FULL: StoreError.cannotWrite(path: path, reason: "disk full")
        case SQLITE_IOERR: StoreError.cannotWrite(path: path, reason: "disk I/O error")
        // Anything else is a bug or a damaged file; SQLite's own words, still naming the file.
        default: StoreError.sqlite(path: path, code: error.code, message: error.message)
        }
    }
}

private extension Double {
    var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
