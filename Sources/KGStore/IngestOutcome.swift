/// What storing one article did.
public struct IngestOutcome: Sendable, Hashable {
    public enum Change: String, Sendable, Hashable {
        /// A source the store had not seen.
        case added
        /// A known source with new content: its old facts were replaced.
        case replaced
        /// A known source with the same content hash: nothing was written.
        case unchanged
    }

    public var change: Change
    public var articleID: Int
    public var sentences = 0
    public var mentions = 0
    /// Entities this article created (the others resolved to nodes already in the graph).
    public var newEntities = 0
    /// Edges this article created (the others gained evidence).
    public var newEdges = 0
    public var evidence = 0
    /// Names the article used that match several entities, which were kept apart.
    public var ambiguities: [Ambiguity] = []

    public init(change: Change, articleID: Int) {
        self.change = change
        self.articleID = articleID
    }
}

/// A name that several different entities of compatible type go by (two Johnsons).
public struct Ambiguity: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// Canonical names of the entities it may mean.
    public var candidates: [String]

    public init(name: String, candidates: [String]) {
        self.name = name
        self.candidates = candidates
    }

    public var description: String {
        "\"\(name)\" may mean \(candidates.joined(separator: " or ")); kept apart (kg merge joins them)"
    }
}
