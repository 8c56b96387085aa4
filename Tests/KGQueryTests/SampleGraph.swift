import Foundation
@testable import KGStore
@testable import KGQuery

/// The hand-built graph of `Golden/sample-graph.sql` in a fresh temporary store.
enum SampleGraph {
    static let sqlURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/sample-graph.sql")

    /// In memory unless a `path` is given (a second connection needs a file).
    static func store(path: String = ":memory:") throws -> Store {
        let store = try Store(path: path)
        try store.db.executeScript(try String(contentsOf: sqlURL, encoding: .utf8))
        return store
    }

    static func engine() throws -> QueryEngine { QueryEngine(store: try store()) }

    /// Runs a query and returns its rows' first column.
    static func firstColumn(_ engine: QueryEngine, _ query: String) throws -> [String] {
        try engine.run(query).rows.map { $0[0] }
    }
}
