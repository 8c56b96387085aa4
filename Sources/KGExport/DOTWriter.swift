import KGStore

/// Writes a subgraph as a Graphviz DOT document.
///
///     let writer = DOTWriter(options: DOTOptions(evidence: true))
///     let dot = writer.write(subgraph, evidence: try store.evidence(forEdges: subgraph.edges.map(\.id)))
///     // or, letting the writer fetch only the evidence its options need:
///     let dot = try writer.write(subgraph, from: store)
///
/// Nodes are `"e<entity id>"`, labelled with the canonical name and styled by type; edges are
/// labelled with the normalised relations, parallel facts between two nodes merged into one
/// edge. The output depends only on the subgraph, the evidence and the options: nodes and edges
/// come in id order, so equal graphs give byte-identical text. `selection(of:)` tells what the
/// filters and budgets leave out, for a caller that reports it.
public struct DOTWriter: Sendable {
    public var options: DOTOptions

    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// What `write` draws of `subgraph`: concepts, `title` facts, negated facts and facts with
    /// too little evidence or confidence go unless the options ask for them, then named entities left with
    /// none of their facts, then the node budget and the line budget apply. Entities and edges
    /// come out in id order, whatever order they came in.
    public func selection(of subgraph: Subgraph) -> LimitedSubgraph {
        var filtered = FilteredOut()
        let titleConcepts = options.titles ? Set(subgraph.edges.filter { $0.relation == Self.titleRelation }.map(\.object)) : []
        let concepts = options.concepts ? [] : Set(subgraph.entities.filter {
            $0.type == Self.conceptType && !titleConcepts.contains($0.id)
        }.map(\.id))
        filtered.concepts = concepts.count
        var visible = subgraph
        visible.entities.removeAll { concepts.contains($0.id) }
        let hadFacts = Set(visible.edges.flatMap { [$0.subject, $0.object] })
        // Each fact left out is counted once, under the first option that would bring it back.
        visible.edges.removeAll { edge in
            if edge.negated && !options.showNegated { filtered.negatedFacts += 1; return true }
            if edge.relation == Self.titleRelation && !options.titles { filtered.titleFacts += 1; return true }
            if concepts.contains(edge.subject) || concepts.contains(edge.object) { return true }
            if edge.evidenceCount < options.minEvidence { filtered.weakFacts += 1; return true }
            if edge.confidence < options.minConfidence { filtered.doubtfulFacts += 1; return true }
            return false
        }
        // A person drawn alone because its only fact was its title "Mr" says nothing.
        let hasFacts = Set(visible.edges.flatMap { [$0.subject, $0.object] })
        let anchors = Set(subgraph.anchors)
        let stranded = Set(visible.entities.map(\.id).filter {
            hadFacts.contains($0) && !hasFacts.contains($0) && !anchors.contains($0)
        })
        filtered.strandedEntities = stranded.count
        visible.entities.removeAll { stranded.contains($0.id) }
        visible.entities.sort { $0.id < $1.id }
        visible.edges.sort { $0.id < $1.id }
        var drawn = withinLineBudget(visible.bestConnected(limit: options.limit))
        drawn.filtered = filtered
        return drawn
    }

    /// The entity type of noun-phrase nodes ("Mr", "£ 6"), left out unless `concepts`.
    static let conceptType = "concept"
    /// The relation from a person to a title concept, left out unless `titles`.
    static let titleRelation = "title"

    /// The DOT text for `subgraph`. `evidence` maps edge ids to their evidence, in the store's
    /// order (earliest article first); it is read only for tooltips and article clusters.
    public func write(_ subgraph: Subgraph, evidence: [Int: [EvidenceRecord]] = [:]) -> String {
        let drawn = selection(of: subgraph).kept
        let edges = Self.mergingParallelEdges(drawn.edges)
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
        // A concept is one node per article, so a drawing may hold several "government"s: the
        // tooltip gives each one's id, which `kg dot --around '#12'` and queries take.
        let id = entity.type == Self.conceptType ? " #\(entity.id)" : ""
        out += ", tooltip=" + DOTString.quoted("\(entity.name) (\(entity.type)\(id))")
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

    /// One drawn edge: every fact from one node to the other (in either direction when
    /// symmetric) with the same negation, however many relations that is.
    struct DrawnEdge {
        var record: EdgeRecord
        var ids: [Int]
        /// Each relation with the number of sentences stating it, most stated first.
        var relations: [(name: String, evidence: Int)]

        /// The sentences stating all its facts.
        var evidence: Int { relations.reduce(0) { $0 + $1.evidence } }
    }

    /// Merges parallel facts into one edge per pair of nodes and direction: `Blair -> Brown`
    /// stated as `meet`, `criticise` and `praise` is one arrow labelled with the three, so a
    /// busy pair is one line instead of a fan of overlapping ones. Symmetric facts (stored once
    /// or both ways) share one undirected line; negated facts keep their own dashed line.
    static func mergingParallelEdges(_ edges: [EdgeRecord]) -> [DrawnEdge] {
        struct PairKey: Hashable { var from, to: Int; var symmetric, negated: Bool }
        var drawn: [DrawnEdge] = []
        var index: [PairKey: Int] = [:]
        var evidence: [[String: Int]] = []
        for edge in edges {
            let ends = edge.symmetric ? (Swift.min(edge.subject, edge.object), Swift.max(edge.subject, edge.object))
                                      : (edge.subject, edge.object)
            let key = PairKey(from: ends.0, to: ends.1, symmetric: edge.symmetric, negated: edge.negated)
            if let existing = index[key] {
                drawn[existing].ids.append(edge.id)
                evidence[existing][edge.relation, default: 0] += edge.evidenceCount
            } else {
                index[key] = drawn.count
                drawn.append(DrawnEdge(record: edge, ids: [edge.id], relations: []))
                evidence.append([edge.relation: edge.evidenceCount])
            }
        }
        for i in drawn.indices {
            drawn[i].relations = evidence[i].map { (name: $0.key, evidence: $0.value) }
                .sorted { ($0.evidence, $1.name) > ($1.evidence, $0.name) }
        }
        return drawn
    }

    /// How many relations an edge label lists before "+N more".
    static let relationsPerLabel = 4

    /// `send`, or for a pair with several relations or sentences one line each, most stated
    /// first: `meet ×3`, `criticise`, `+2 more`. Negated facts read `not send`.
    func edgeLabel(_ edge: DrawnEdge) -> String {
        var lines = edge.relations.prefix(Self.relationsPerLabel).map { relation in
            (edge.record.negated ? "not " : "") + relation.name + (relation.evidence > 1 ? " ×\(relation.evidence)" : "")
        }
        if edge.relations.count > Self.relationsPerLabel {
            lines.append("+\(edge.relations.count - Self.relationsPerLabel) more")
        }
        return lines.map(label).joined(separator: "\n")
    }

    func writeEdge(_ edge: DrawnEdge, evidence: [Int: [EvidenceRecord]], to out: inout String) {
        let record = edge.record
        out += "  " + DOTString.quoted("e\(record.subject)") + " -> " + DOTString.quoted("e\(record.object)")
        out += " [label=" + DOTString.quoted(edgeLabel(edge))
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
