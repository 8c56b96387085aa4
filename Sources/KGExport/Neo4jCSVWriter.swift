import Foundation
import KGStore

/// Writes a graph as the two CSV files `neo4j-admin database import full` reads:
///
///     nodes.csv  :ID,name,:LABEL
///     edges.csv  :START_ID,:END_ID,:TYPE,relation,negated:boolean,symmetric:boolean,
///                confidence:double,evidenceCount:int,sentence,article,date,source
///
/// `:ID` is the entity id; `:LABEL` is `Entity` plus the capitalised type (`Entity;Place`).
/// `:TYPE` is the normalised relation; a negated fact gets `NOT_` in front so that a Cypher
/// match on `:send` never finds "did not send". The evidence columns hold the earliest
/// supporting sentence and its article (all of them are in the JSON lines and N-Triples exports).
/// A field with a line break needs the importer's `--multiline-fields=true`.
public struct Neo4jCSVWriter: Sendable {
    public init() {}

    public static let nodeHeader = [":ID", "name", ":LABEL"]
    public static let edgeHeader = [":START_ID", ":END_ID", ":TYPE", "relation", "negated:boolean",
                                    "symmetric:boolean", "confidence:double", "evidenceCount:int",
                                    "sentence", "article", "date", "source"]

    /// The text of `nodes.csv` and `edges.csv`.
    public func write(_ graph: ExportGraph) -> (nodes: String, edges: String) {
        var nodes = CSV.record(Self.nodeHeader)
        for entity in graph.entities {
            nodes += CSV.record(["\(entity.id)", entity.name, "Entity;" + Self.label(entity.type)])
        }
        var edges = CSV.record(Self.edgeHeader)
        for edge in graph.edges {
            let evidence = graph.evidence[edge.id] ?? []
            let first = evidence.first
            edges += CSV.record([
                "\(edge.subject)", "\(edge.object)", Self.relationshipType(edge), edge.relation,
                "\(edge.negated)", "\(edge.symmetric)", "\(edge.confidence)", "\(evidence.count)",
                first?.sentence ?? "", first?.articleTitle ?? "", first?.articleDate ?? "", first?.source ?? "",
            ])
        }
        return (nodes, edges)
    }

    /// `place` → `Place`; `;` would split the label list, so it becomes `_`.
    static func label(_ type: String) -> String {
        let cleaned = type.replacingOccurrences(of: ";", with: "_")
        return cleaned.prefix(1).uppercased() + cleaned.dropFirst()
    }

    static func relationshipType(_ edge: EdgeRecord) -> String {
        edge.negated ? "NOT_" + edge.relation : edge.relation
    }
}
