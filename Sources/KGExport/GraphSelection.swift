import KGQuery
import KGStore

/// Which part of the graph a dump draws: all of it, or what one query selects.
/// `kg dot --around/--path/--query` map onto these; the query language does the selecting.
public enum GraphSelection: Sendable, Hashable {
    case whole
    /// An entity and everything within `depth` steps of it (1-10).
    case around(String, depth: Int)
    /// The shortest paths from one entity to another.
    case path(String, String)
    /// A path, neighbors or pattern query, e.g. `Biden -[*]-> ?x`.
    case query(String)

    /// The query that selects this part; nil for the whole graph. Names are quoted, so any
    /// name (quotes, backslashes, query keywords) reaches the query engine as written.
    public var queryText: String? {
        switch self {
        case .whole: nil
        case let .around(name, depth): "neighbors \(Self.quoted(name)) depth \(depth)"
        case let .path(from, to): "path \(Self.quoted(from)) -> \(Self.quoted(to))"
        case .query(let text): text
        }
    }

    /// The selected subgraph. Unknown names and bad queries throw the query engine's
    /// `QueryError` and `QuerySyntaxError`.
    public func subgraph(in store: Store) throws -> Subgraph {
        guard let text = queryText else {
            return Subgraph(entities: try store.entities(), edges: try store.edges())
        }
        return try QueryEngine(store: store).subgraph(for: text)
    }

    /// A name as a query-language string: in double quotes, with `"` and `\` escaped.
    static func quoted(_ name: String) -> String {
        var out = "\""
        for character in name {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }
}
