/// What a DOT dump shows; the defaults give a readable picture of a whole graph.
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
    /// Keeps only this many best-connected entities; nil draws everything.
    public var limit: Int?
    /// Adds a legend cluster of the entity types present.
    public var legend: Bool
    /// Longer names are cut with "…" in the label; the tooltip keeps the whole name.
    public var maxLabelLength: Int
    /// How many sentences an edge tooltip lists before "… and N more".
    public var evidencePerTooltip: Int

    /// The default node limit: a picture beyond about 300 nodes stops being readable.
    public static let defaultLimit = 300

    public init(evidence: Bool = false, cluster: Clustering = .none, showNegated: Bool = false,
                limit: Int? = DOTOptions.defaultLimit, legend: Bool = true, maxLabelLength: Int = 60,
                evidencePerTooltip: Int = 5) {
        self.evidence = evidence
        self.cluster = cluster
        self.showNegated = showNegated
        self.limit = limit
        self.legend = legend
        self.maxLabelLength = maxLabelLength
        self.evidencePerTooltip = evidencePerTooltip
    }

    /// Whether `DOTWriter.write` needs the edges' evidence (tooltips or article clusters).
    public var needsEvidence: Bool { evidence || cluster == .article }
}
