/// The parsed form of a query. Every name remembers where it was written so an unknown
/// name can be reported at its column.

/// How the user named an entity: by its words (`North Korea`, `"North Korea"`) or by id (`#12`).
public struct NameRef: Equatable, Sendable {
    public enum Spelling: Equatable, Sendable {
        case text(String)
        case id(Int)
    }
    public var spelling: Spelling
    public var offset: Int

    public init(_ text: String, at offset: Int) {
        spelling = .text(text)
        self.offset = offset
    }

    public init(id: Int, at offset: Int) {
        spelling = .id(id)
        self.offset = offset
    }
}

/// Which relations an edge may have: any (`*`), one of a list (`send|supply`), or any while
/// binding its name to a variable (`?r`).
public enum RelationSpec: Equatable, Sendable {
    case any
    case oneOf([String])
    case variable(String)
}

public enum Direction: String, Equatable, Sendable {
    case outgoing = "out", incoming = "in", both
}

/// Options every query kind accepts.
public struct QueryFilters: Equatable, Sendable {
    /// Article dates as `yyyymmdd`, inclusive.
    public var since: Int?
    public var until: Int?
    public var minEvidence = 1
    public var minConfidence: Double?
    public var withNegated = false
    /// Most rows printed; nil means the engine's default.
    public var limit: Int?

    public init() {}

    public var restrictsDates: Bool { since != nil || until != nil }
}

public struct PathQuery: Equatable, Sendable {
    public var from: NameRef
    public var to: NameRef
    public var directed = true
    public var maxHops = 6
    public var relations: [String] = []
    public var all = false
    public var k: Int?
    public var withEvidence = false
    public var filters = QueryFilters()
}

public enum PatternNode: Equatable, Sendable {
    case entity(NameRef)
    case variable(String)
    case anything
}

public struct PatternEdge: Equatable, Sendable {
    public var relation: RelationSpec
    public var direction: Direction
    public var offset: Int
}

/// `n0 e1 n1 e2 n2 …`: `nodes.count == edges.count + 1`.
public struct PatternQuery: Equatable, Sendable {
    public var nodes: [PatternNode]
    public var edges: [PatternEdge]
    public var filters = QueryFilters()
}

public struct NeighborsQuery: Equatable, Sendable {
    public var entity: NameRef
    public var direction: Direction = .both
    public var depth = 1
    public var relations: [String] = []
    public var filters = QueryFilters()
}

public struct WhyQuery: Equatable, Sendable {
    public var subject: NameRef
    public var relation: RelationSpec
    public var direction: Direction
    public var object: NameRef
    public var filters = QueryFilters()
}

public struct EntityQuery: Equatable, Sendable {
    public var entity: NameRef
    public var filters = QueryFilters()
}

public struct FindQuery: Equatable, Sendable {
    public var text: String
    public var filters = QueryFilters()
}

public struct TimelineQuery: Equatable, Sendable {
    public var entity: NameRef
    public var filters = QueryFilters()
}

/// `dot <path|pattern|neighbors query> [> FILE]`: the selected subgraph in Graphviz form.
public struct DotQuery: Equatable, Sendable {
    public indirect enum Selection: Equatable, Sendable {
        case path(PathQuery)
        case pattern(PatternQuery)
        case neighbors(NeighborsQuery)
    }
    public var selection: Selection
    public var outputPath: String?
}

public indirect enum Query: Equatable, Sendable {
    case path(PathQuery)
    case pattern(PatternQuery)
    case neighbors(NeighborsQuery)
    case why(WhyQuery)
    case entity(EntityQuery)
    case find(FindQuery)
    case timeline(TimelineQuery)
    case dot(DotQuery)
}
