import Foundation
import KGStore

/// Writes a graph as the two CSV files `neo4j-admin database import full` reads:
///
///     nodes.csv  :ID,name,:LABEL
///     edges.csv  :START_ID,:END_ID,:TYPE,relation,negated:boolean,symmetric:boolean,
///                confidence:double,evidenceCount:int,sentence,article,date,source
///
/// `:ID` is the entity id; `:LABEL` is `Entity` plus the capitalised type (`Entity;Place`).
/// `:TYPE` is the normalised relation in Cypher's upper snake case (`send_to` → `SEND_TO`,
/// `open up` → `OPEN_UP`, `tell_'s` → `TELL_S`), so every type matches `[A-Z][A-Z0-9_]*` and
/// needs no backticks; the `relation` property keeps the label as kg stores it. A negated fact
/// gets `NOT_` in front so that a match on `:SEND` never finds "did not send". Confidences are
/// rounded to three decimal places. The evidence columns hold the earliest
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
                "\(edge.negated)", "\(edge.symmetric)", RoundedConfidence.text(edge.confidence), "\(evidence.count)",
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
        let type = relationshipType(edge.relation)
        return edge.negated ? "NOT_" + type : type
    }

    /// A relation as a type Cypher writes bare: accents dropped, ASCII letters upper-cased,
    /// digits kept, every other run of characters one `_`; a type that would start with a digit
    /// gets `REL_` in front, and one with no letter or digit at all is `RELATED`.
    static func relationshipType(_ relation: String) -> String {
        var type = ""
        for scalar in relation.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9":
                type.unicodeScalars.append(scalar.properties.uppercaseMapping.unicodeScalars.first!)
            default:
                if !type.isEmpty && type.last != "_" { type += "_" }
            }
        }
        while type.last == "_" { type.removeLast() }
        guard let first = type.first else { return "RELATED" }
        return first.isNumber ? "REL_" + type : type
    }
}
