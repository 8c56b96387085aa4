import Foundation

/// How thoroughly a writer checks an existing graph file before changing it.
public enum IntegrityCheck: Sendable {
    case none
    /// `PRAGMA quick_check`: every page and record is well formed (fast; what writers run by default).
    case quick
    /// `PRAGMA integrity_check`: also that every index matches its table (`kg ingest --check`).
    case full
}

extension Store {
    /// Refuses a damaged file with the message readers give (`database file is corrupt`): adding
    /// articles to it would bury the damage under new data.
    func checkIntegrity(_ check: IntegrityCheck) throws {
        let pragma: String
        switch check {
        case .none: return
        case .quick: pragma = "PRAGMA quick_check(1)"
        case .full: pragma = "PRAGMA integrity_check(1)"
        }
        guard try db.scalar(pragma)?.string == "ok" else { throw StoreError.corrupt(path: db.path) }
    }

    /// The paths SQLite would not treat as one plain file: kg's commands refuse them rather than
    /// silently using a database that vanishes at exit or lives somewhere else. (`Store` itself
    /// accepts `:memory:`, which tests use.)
    public static func checkPath(_ path: String) throws {
        if path.isEmpty {
            throw StoreError.unusablePath(path: path, reason: "an empty database path (SQLite would use a temporary database, lost at exit)")
        }
        if path == ":memory:" {
            throw StoreError.unusablePath(path: path, reason: "an in-memory database would be lost when kg exits; give a file path")
        }
        // Opened without SQLITE_OPEN_URI, but a library built with URIs on would still read these as one.
        if path.lowercased().hasPrefix("file:") {
            throw StoreError.unusablePath(path: path, reason: "an SQLite URI; give a plain file path (./\(path) for a file so named)")
        }
    }

    /// The size of the file at `path` in bytes; nil when it does not exist (yet).
    static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }
}
