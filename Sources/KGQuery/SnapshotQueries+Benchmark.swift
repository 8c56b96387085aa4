import KGStore

/// Runs path, pattern and neighbour queries straight on a snapshot that was not read from the
/// store (such as `GraphSnapshot.synthetic`), so `kg bench` can time the query language on a
/// graph far larger than any test database. Answers are what `QueryEngine.run` would give on a
/// store holding the same graph, without evidence (`with evidence` reads `store`).
///
///     let queries = SnapshotQueries(graph: .synthetic(nodes: 100_000, edges: 1_000_000), store: scratch)
///     let result = try queries.run("path N1 -> N2")
public final class SnapshotQueries {
    let engine: QueryEngine
    let finder: PathFinder

    public var graph: GraphSnapshot { finder.graph }

    public init(graph: GraphSnapshot, store: Store) {
        engine = QueryEngine(store: store)
        finder = PathFinder(graph: graph)
    }

    /// Parses and answers one `path`, pattern or `neighbors` query; other kinds read the store
    /// and are refused with a `QueryError`.
    public func run(_ text: String) throws -> QueryResult {
        switch try QueryParser.parse(text) {
        case .path(let q): return try engine.path(q, finder)
        case .pattern(let q): return try engine.pattern(q, finder.graph).result
        case .neighbors(let q): return try engine.neighbors(q, finder.graph).result
        default: throw QueryError("only path, pattern and neighbors queries run on a detached snapshot", at: 0)
        }
    }
}
