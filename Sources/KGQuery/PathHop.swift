/// One step of a path as `.mode json` prints it: the entities on either side, the relation,
/// which way the fact points, and (with `with evidence`) its first supporting sentence.
///
///     {"from": "Romania", "relation": "support", "to": "Ukraine", "direction": "->", "negated": false}
public struct PathHop: Equatable, Sendable {
    public var from: String
    public var relation: String
    public var to: String
    /// `->` when the fact points along the path, `<-` when against it, `--` for a symmetric fact.
    public var direction: String
    public var negated: Bool
    public var evidence: Evidence?

    public struct Evidence: Equatable, Sendable {
        public var sentence: String
        public var article: String
        public var date: String?
    }
}

extension GraphSnapshot {
    /// The hops of `path`, in the order it is walked.
    func hops(_ path: GraphPath) -> [PathHop] {
        path.edges.enumerated().map { i, e in
            let edge = Int(e), from = path.nodes[i]
            let direction = edgeSymmetric[edge] ? "--" : edgeSubject[edge] == from ? "->" : "<-"
            return PathHop(from: names[Int(from)], relation: relationNames[Int(edgeRelation[edge])],
                           to: names[Int(path.nodes[i + 1])], direction: direction, negated: edgeNegated[edge])
        }
    }
}
