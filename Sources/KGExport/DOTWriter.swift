import KGStore

/// Writes a subgraph as a Graphviz DOT document.
///
///     let writer = DOTWriter(options: DOTOptions(evidence: true))
///     let dot = writer.write(subgraph, evidence: try store.evidence(forEdges: subgraph.edges.map(\.id)))
///     // or, letting the writer fetch only the evidence its options need:
///     let dot = try writer.write(subgraph, from: store)
///
/// Nodes are `"e<entity id>"`, labelled with the canonical name and styled by type; edges are
/// labelled with the normalised relation. The output depends only on the subgraph, the evidence
/// and the options: nodes and edges come in id order, so equal graphs give byte-identical text.
/// `selection(of:)` tells what the node limit leaves out, for a caller that reports it.
public struct DOTWriter: Sendable {
    public var options: DOTOptions

    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// What `write` draws of `subgraph`: negated facts go unless `showNegated`, then the node
    /// limit applies. Entities and edges come out in id order, whatever order they came in.
    public func selection(of subgraph: Subgraph) -> LimitedSubgraph {
        var visible = subgraph
        if !options.showNegated { visible.edges.removeAll(where: \.negated) }
        visible.entities.sort { $0.id < $1.id }
        visible.edges.sort { $0.id < $1.id }
        return visible.bestConnected(limit: options.limit)
    }

    /// The DOT text for `subgraph`. `evidence` maps edge ids to their evidence, in the store's
    /// order (earliest article first); it is read only for tooltips and article clusters.
    public func write(_ subgraph: Subgraph, evidence: [Int: [EvidenceRecord]] = [:]) -> String {
        let drawn = selection(of: subgraph).kept
        let edges = Self.mergingSymmetricPairs(drawn.edges)
        var out = """
            digraph "kg" {
              graph [rankdir="LR", charset="UTF-8", fontname="Helvetica", fontsize="10"];
              node [style="filled", fontname="Helvetica", fontsize="11"];
              edge [fontname="Helvetica", fontsize="9", color="#555555"];

            """
        if options.legend && !drawn.entities.isEmpty {
            writeLegend(types: Set(drawn.entities.map(\.type)), to: &out)
        }
        if options.cluster == .article {
            writeArticleClusters(drawn.entities, edges: edges, evidence: evidence, to: &out)
        } else {
            for entity in drawn.entities { writeNode(entity, indent: "  ", to: &out) }
        }
        for drawnEdge in edges { writeEdge(drawnEdge, evidence: evidence, to: &out) }
        out += "}\n"
        return out
    }

    /// Fetches the evidence the options need from `store`, then writes.
    public func write(_ subgraph: Subgraph, from store: Store) throws -> String {
        guard options.needsEvidence else { return write(subgraph) }
        let edgeIDs = selection(of: subgraph).kept.edges.map(\.id)
        return write(subgraph, evidence: try store.evidence(forEdges: edgeIDs))
    }

    // MARK: - Nodes

    func writeNode(_ entity: EntityRecord, indent: String, to out: inout String) {
        let style = EntityStyle.of(entity.type)
        out += indent + DOTString.quoted("e\(entity.id)") + " ["
        out += "label=" + DOTString.quoted(label(entity.name))
        out += ", tooltip=" + DOTString.quoted("\(entity.name) (\(entity.type))")
        out += ", shape=" + DOTString.quoted(style.shape)
        out += ", fillcolor=" + DOTString.quoted(style.fill) + "];\n"
    }

    func label(_ name: String) -> String {
        guard name.count > options.maxLabelLength else { return name }
        return String(name.prefix(Swift.max(1, options.maxLabelLength - 1))) + "…"
    }

    func writeLegend(types: Set<String>, to out: inout String) {
        out += "  subgraph \"cluster_legend\" {\n"
        out += "    graph [label=\"Legend\", style=\"rounded\", color=\"#999999\"];\n"
        for (index, row) in EntityStyle.legend(for: types).enumerated() {
            out += "    " + DOTString.quoted("legend_\(index)") + " [label=" + DOTString.quoted(row.type)
            out += ", shape=" + DOTString.quoted(row.style.shape)
            out += ", fillcolor=" + DOTString.quoted(row.style.fill) + "];\n"
        }
        out += "  }\n"
    }

    // MARK: - Article clusters

    /// Where an article sorts: by date (undated first, as the store sorts them), then id.
    struct ArticleKey: Hashable, Comparable {
        var date: String
        var id: Int
        static func < (a: Self, b: Self) -> Bool { (a.date, a.id) < (b.date, b.id) }
    }

    /// Each entity goes in the cluster of the earliest article stating one of its drawn facts;
    /// entities without evidence stay outside every cluster. Edges are written outside the
    /// clusters, so a fact between two articles' entities does not pull a node into a second one.
    func writeArticleClusters(_ entities: [EntityRecord], edges: [DrawnEdge],
                              evidence: [Int: [EvidenceRecord]], to out: inout String) {
        var titles: [ArticleKey: EvidenceRecord] = [:]
        var home: [Int: ArticleKey] = [:]
        for edge in edges {
            for record in edge.ids.flatMap({ evidence[$0] ?? [] }) {
                let key = ArticleKey(date: record.articleDate ?? "", id: record.articleID)
                if titles[key] == nil { titles[key] = record }
                for end in [edge.record.subject, edge.record.object] where home[end].map({ key < $0 }) ?? true {
                    home[end] = key
                }
            }
        }
        for entity in entities where home[entity.id] == nil {
            writeNode(entity, indent: "  ", to: &out)
        }
        let members = Dictionary(grouping: entities.filter { home[$0.id] != nil }) { home[$0.id]! }
        for key in members.keys.sorted() {
            let article = titles[key]!
            var title = article.articleTitle
            if let date = article.articleDate { title += " (\(date))" }
            out += "  subgraph " + DOTString.quoted("cluster_article_\(key.id)") + " {\n"
            out += "    graph [label=" + DOTString.quoted(label(title))
            out += ", tooltip=" + DOTString.quoted(article.source)
            out += ", style=\"rounded\", color=\"#bbbbbb\"];\n"
            for entity in members[key]! { writeNode(entity, indent: "    ", to: &out) }
            out += "  }\n"
        }
    }

    // MARK: - Edges

    /// One drawn edge: a symmetric fact stored in both directions is drawn once for both.
    struct DrawnEdge {
        var record: EdgeRecord
        var ids: [Int]
    }

    static func mergingSymmetricPairs(_ edges: [EdgeRecord]) -> [DrawnEdge] {
        struct PairKey: Hashable { var low, high: Int; var relation: String; var negated: Bool }
        var drawn: [DrawnEdge] = []
        var index: [PairKey: Int] = [:]
        for edge in edges {
            guard edge.symmetric else {
                drawn.append(DrawnEdge(record: edge, ids: [edge.id]))
                continue
            }
            let key = PairKey(low: Swift.min(edge.subject, edge.object), high: Swift.max(edge.subject, edge.object),
                              relation: edge.relation, negated: edge.negated)
            if let existing = index[key] {
                drawn[existing].ids.append(edge.id)
            } else {
                index[key] = drawn.count
                drawn.append(DrawnEdge(record: edge, ids: [edge.id]))
            }
        }
        return drawn
    }

    func writeEdge(_ edge: DrawnEdge, evidence: [Int: [EvidenceRecord]], to out: inout String) {
        let record = edge.record
        out += "  " + DOTString.quoted("e\(record.subject)") + " -> " + DOTString.quoted("e\(record.object)")
        out += " [label=" + DOTString.quoted(label(record.negated ? "not \(record.relation)" : record.relation))
        if record.negated {
            out += ", style=\"dashed\", color=\"#b22222\", fontcolor=\"#b22222\""
        }
        if record.symmetric { out += ", dir=\"both\"" }
        if options.evidence {
            let records = edge.ids.flatMap { evidence[$0] ?? [] }
            if !records.isEmpty { out += ", tooltip=" + DOTString.quoted(tooltip(records)) }
        }
        out += "];\n"
    }

    func tooltip(_ records: [EvidenceRecord]) -> String {
        var lines = records.prefix(options.evidencePerTooltip).map { record in
            var line = "“\(record.sentence)” — \(record.articleTitle)"
            if let date = record.articleDate { line += ", \(date)" }
            return line
        }
        if records.count > options.evidencePerTooltip {
            lines.append("… and \(records.count - options.evidencePerTooltip) more")
        }
        return lines.joined(separator: "\n")
    }
}
