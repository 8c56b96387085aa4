import KGStore

/// Runs queries against a store: parses, resolves names, and answers from an in-memory
/// `GraphSnapshot` that is reloaded whenever another connection has changed the database.
/// Evidence, articles and full-text search are read from SQLite, with bound parameters only.
///
///     let engine = QueryEngine(store: try Store(path: "kg.sqlite", readOnly: true))
///     let result = try engine.run("path Romania -> Russia")
public final class QueryEngine {
    public let store: Store
    /// Rows shown when a query gives no `limit`.
    public var defaultLimit = 1000
    /// Polled during long searches (the shell's Ctrl-C); once it returns true the query
    /// stops and throws `QueryError("interrupted")` instead of showing a partial answer.
    public var isInterrupted: () -> Bool = { false }
    /// The memory bound of a pattern query: how many bindings (partial matches extended, plus
    /// the values of the rows it holds) it may reach before it stops with an error.
    public var maxBindings = QueryEngine.defaultMaxBindings
    public static let defaultMaxBindings = 10_000_000
    /// The time bound of one query in seconds; nil for none.
    public var timeout: Double?
    /// When the running query's time is up.
    private var deadline: ContinuousClock.Instant?
    private var cached: (version: Int, finder: PathFinder)?

    public init(store: Store) {
        self.store = store
    }

    /// The current snapshot, reloaded if the store's `dataVersion` moved since it was read.
    public var snapshot: GraphSnapshot {
        get throws { try finder().graph }
    }

    func finder() throws -> PathFinder {
        let version = try store.dataVersion
        if let cached, cached.version == version { return cached.finder }
        let finder = PathFinder(graph: try GraphSnapshot(store: store))
        cached = (version, finder)
        return finder
    }

    /// Forgets the snapshot (after this connection itself wrote to the store).
    public func invalidate() { cached = nil }

    /// Parses and runs one query. Throws `QuerySyntaxError` or `QueryError` (both carry the
    /// offending offset) or the store's errors.
    public func run(_ text: String) throws -> QueryResult {
        try run(try QueryParser.parse(text))
    }

    public func run(_ query: Query) throws -> QueryResult {
        deadline = timeout.map { .now + .milliseconds(Int(($0 * 1000).rounded(.up))) }
        defer { deadline = nil }
        let result = try answer(query)
        if let timeout, isPastDeadline { throw QueryError.timedOut(after: timeout) }
        if isInterrupted() { throw QueryError("interrupted") }
        return result
    }

    private var isPastDeadline: Bool { deadline.map { ContinuousClock.now >= $0 } ?? false }

    /// What long searches poll: Ctrl-C, or the time bound reached. `run` then says which.
    func shouldStop() -> Bool { isInterrupted() || isPastDeadline }

    private func answer(_ query: Query) throws -> QueryResult {
        let finder = try finder()
        finder.isInterrupted = { [unowned self] in shouldStop() }
        switch query {
        case .path(let q): return try path(q, finder)
        case .pattern(let q): return try pattern(q, finder.graph).result
        case .neighbors(let q): return try neighbors(q, finder.graph).result
        case .why(let q): return try why(q, finder.graph)
        case .entity(let q): return try entity(q, finder.graph)
        case .find(let q): return try find(q)
        case .timeline(let q): return try timeline(q, finder.graph)
        case .dot(let q):
            var result = QueryResult(columns: [], subgraph: try subgraph(q.selection, finder), outputPath: q.outputPath)
            if result.subgraph?.edges.isEmpty ?? true { result.notes = ["nothing to draw: the query matched no edges"] }
            return result
        }
    }

    func limit(_ filters: QueryFilters) -> Int { filters.limit ?? defaultLimit }

    /// Relation names to snapshot ids; an unknown relation is an error naming the known ones.
    func relationSet(_ names: [String], _ graph: GraphSnapshot, at offset: Int? = nil) throws(QueryError) -> Set<Int32>? {
        guard !names.isEmpty else { return nil }
        var ids = Set<Int32>()
        for name in names {
            guard let id = graph.relationID(name) else {
                let known = graph.relationNames.sorted().prefix(12).joined(separator: ", ")
                throw QueryError("no relation named \"\(name)\" in the graph\(known.isEmpty ? "" : " (known: \(known))")", at: offset)
            }
            ids.insert(id)
        }
        return ids
    }

    /// Drops rows past the limit and says how many were left out.
    func truncated(_ result: QueryResult, limit: Int) -> QueryResult {
        guard result.rows.count > limit else { return result }
        var result = result
        let total = result.rows.count
        result.rows.removeLast(total - limit)
        result.notes.append("showing \(limit) of \(total) rows; add 'limit N' to see more")
        return result
    }
}

extension GraphSnapshot {
    /// `-[send]->`, `<-[send]-`, `-[pact]-` for crossing edge `e` from node `from`.
    func hop(_ e: Int32, from: Int32) -> String {
        let e = Int(e)
        var relation = relationNames[Int(edgeRelation[e])]
        if edgeNegated[e] { relation = "not " + relation }
        if edgeSymmetric[e] { return "-[\(relation)]-" }
        return edgeSubject[e] == from ? "-[\(relation)]->" : "<-[\(relation)]-"
    }

    func render(_ path: GraphPath) -> String {
        var text = names[Int(path.nodes[0])]
        for (i, e) in path.edges.enumerated() {
            text += " \(hop(e, from: path.nodes[i])) \(names[Int(path.nodes[i + 1])])"
        }
        return text
    }

    /// `Romania -[send]-> Patriot` as stored, whichever way it was reached.
    func fact(_ e: Int32) -> String {
        let s = edgeSubject[Int(e)]
        return "\(names[Int(s)]) \(hop(e, from: s)) \(names[Int(edgeObject[Int(e)])])"
    }

    func relationName(_ e: Int32) -> String { relationNames[Int(edgeRelation[Int(e)])] }
}
