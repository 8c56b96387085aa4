import KGCore

/// What a DOT dump shows. The defaults give a picture Graphviz lays out in seconds and a
/// reader can follow on a graph of a thousand articles: named entities only, no `title` facts,
/// facts of confidence `EdgeConfidence.trusted` or more, parallel facts merged, at most 60 nodes.
public struct DOTOptions: Sendable, Hashable {
    /// How nodes are grouped into `cluster_` subgraphs.
    public enum Clustering: String, Sendable, Hashable, CaseIterable {
        /// No grouping.
        case none
        /// One cluster per article: an entity sits in the earliest article stating one of its facts.
        case article
    }

    /// Adds the supporting sentences (and their article) as each edge's tooltip.
    public var evidence: Bool
    public var cluster: Clustering
    /// Draws negated facts, dashed and labelled "not …"; they are never drawn as plain facts.
    public var showNegated: Bool
    /// Keeps only this many entities, the weightiest by evidence and facts; nil draws everything.
    public var limit: Int?
    /// Draws concept nodes (noun phrases such as "Mr" or "£ 6" that stand in for an end no
    /// named entity fits) and their facts.
    public var concepts: Bool
    /// Draws `title` facts (a person to the title concept "Mr", "President") and those title
    /// concepts, even without `concepts`.
    public var titles: Bool
    /// Draws only facts stated in at least this many sentences.
    public var minEvidence: Int
    /// Draws only facts whose confidence is at least this (`EdgeConfidence.trusted` unless lowered).
    public var minConfidence: Double
    /// Adds a legend cluster of the entity types present.
    public var legend: Bool
    /// Longer names are cut with "…" in the label; the tooltip keeps the whole name.
    public var maxLabelLength: Int
    /// How many sentences an edge tooltip lists before "… and N more".
    public var evidencePerTooltip: Int

    /// The default node budget: beyond about 60 nodes a drawing of news facts stops being
    /// readable, and Graphviz's layout time grows quickly with the edges among them.
    public static let defaultLimit = 60

    public init(evidence: Bool = false, cluster: Clustering = .none, showNegated: Bool = false,
                limit: Int? = DOTOptions.defaultLimit, concepts: Bool = false, titles: Bool = false,
                minEvidence: Int = 1, minConfidence: Double = EdgeConfidence.trusted, legend: Bool = true,
                maxLabelLength: Int = 60, evidencePerTooltip: Int = 5) {
        self.evidence = evidence
        self.cluster = cluster
        self.showNegated = showNegated
        self.limit = limit
        self.concepts = concepts
        self.titles = titles
        self.minEvidence = minEvidence
        self.minConfidence = minConfidence
        self.legend = legend
        self.maxLabelLength = maxLabelLength
        self.evidencePerTooltip = evidencePerTooltip
    }

    /// Whether `DOTWriter.write` needs the edges' evidence (tooltips or article clusters).
    public var needsEvidence: Bool { evidence || cluster == .article }
}
