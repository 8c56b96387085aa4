import Foundation

/// An article whose extraction failed (the worker crashed or ran out of time), as `kg stats` lists it.
public struct ExtractionFailure: Sendable, Hashable {
    public var source: String
    public var hash: String
    public var reason: String
    public var failedAt: String
}

/// Failed extractions: recorded by `kg ingest`, cleared when the article is stored at last.
extension Store {
    /// Records (or re-records) that `source` with content `hash` could not be extracted.
    public func recordFailure(source: String, hash: String, reason: String) throws {
        try guarded {
            try run("""
                INSERT INTO failures(source, hash, reason, failed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(source) DO UPDATE SET hash = excluded.hash, reason = excluded.reason, failed_at = excluded.failed_at
                """, [.text(source), .text(hash), .text(reason), .text(Date().formatted(.iso8601))])
        }
    }

    /// Every recorded failure, by source.
    public func failures() throws -> [ExtractionFailure] {
        try guarded {
            try db.rows("SELECT source, hash, reason, failed_at FROM failures ORDER BY source").map {
                ExtractionFailure(source: $0.text(0), hash: $0.text(1), reason: $0.text(2), failedAt: $0.text(3))
            }
        }
    }
}
