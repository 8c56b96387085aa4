import KGStore

/// The whole graph as compact arrays, for path and pattern queries in memory.
///
/// Nodes are `Int32` indexes `0..<nodeCount` (not store ids); edges are `Int32` indexes into
/// the per-edge arrays. Adjacency is CSR: the neighbours of node `n` are
/// `outTargets[outOffsets[n]..<outOffsets[n+1]]`, reached by the edges in `outEdges` at the
/// same positions (and likewise for `in`). A symmetric edge (`pact`) is listed in both
/// directions so directed searches may cross it either way.
public final class GraphSnapshot: @unchecked Sendable {
    public let nodeCount: Int
    /// Store id and canonical name/type of each node.
    public let entityIDs: [Int]
    public let names: [String]
    public let types: [String]
    /// Concept nodes (noun phrases such as "President") may end a path but never carry one:
    /// passing through them links unrelated entities that merely share a title or a word.
    let isConcept: [Bool]
    let nodeByEntityID: [Int: Int32]

    public let relationNames: [String]
    let relationByName: [String: Int32]

    // Per edge.
    public let edgeIDs: [Int]
    let edgeSubject: [Int32]
    let edgeObject: [Int32]
    let edgeRelation: [Int32]
    let edgeNegated: [Bool]
    let edgeSymmetric: [Bool]
    let edgeEvidence: [Int32]
    let edgeConfidence: [Float]
    /// Article dates (`yyyymmdd`) of each edge's evidence: `dates[dateOffsets[e]..<dateOffsets[e+1]]`.
    let dateOffsets: [Int32]
    let dates: [Int32]

    let outOffsets: [Int32], outTargets: [Int32], outEdges: [Int32]
    let inOffsets: [Int32], inSources: [Int32], inEdges: [Int32]

    /// Every spelling (canonical names and aliases) folded for lookup, to its nodes.
    let nodesByKey: [String: [Int32]]
    /// Aliases as written, per node, for `entity` and completion.
    public let aliases: [[String]]

    public struct EdgeInput: Sendable {
        public var id: Int, subject: Int, relation: String, object: Int
        public var negated = false, symmetric = false, evidenceCount = 1
        public var confidence = 1.0
        public var dates: [Int32] = []
        public init(id: Int, subject: Int, relation: String, object: Int, negated: Bool = false,
                    symmetric: Bool = false, evidenceCount: Int = 1, confidence: Double = 1, dates: [Int32] = []) {
            self.id = id; self.subject = subject; self.relation = relation; self.object = object
            self.negated = negated; self.symmetric = symmetric; self.evidenceCount = evidenceCount
            self.confidence = confidence; self.dates = dates
        }
    }

    /// Builds a snapshot from plain lists; edges whose ends are not among `entities` are dropped.
    public init(entities: [EntityRecord], aliases aliasRows: [(entity: Int, alias: String)] = [], edges: [EdgeInput]) {
        nodeCount = entities.count
        entityIDs = entities.map(\.id)
        names = entities.map(\.name)
        types = entities.map(\.type)
        isConcept = entities.map { $0.type == "concept" }
        var nodeByEntityID: [Int: Int32] = [:]
        nodeByEntityID.reserveCapacity(entities.count)
        for (node, entity) in entities.enumerated() { nodeByEntityID[entity.id] = Int32(node) }
        self.nodeByEntityID = nodeByEntityID

        var relationNames: [String] = []
        var relationByName: [String: Int32] = [:]
        var edgeIDs: [Int] = [], subject: [Int32] = [], object: [Int32] = [], relation: [Int32] = []
        var negated: [Bool] = [], symmetric: [Bool] = [], evidence: [Int32] = [], confidence: [Float] = []
        var dateOffsets: [Int32] = [0], dates: [Int32] = []
        // Relation spellings as stored, so the folding runs once per spelling, not per edge.
        var relationBySpelling: [String: Int32] = [:]
        for edge in edges {
            guard let s = nodeByEntityID[edge.subject], let o = nodeByEntityID[edge.object] else { continue }
            let r: Int32
            if let known = relationBySpelling[edge.relation] { r = known } else {
                let key = Self.relationKey(edge.relation)
                if let known = relationByName[key] { r = known } else {
                    r = Int32(relationNames.count)
                    relationNames.append(edge.relation)
                    relationByName[key] = r
                }
                relationBySpelling[edge.relation] = r
            }
            edgeIDs.append(edge.id); subject.append(s); object.append(o); relation.append(r)
            negated.append(edge.negated); symmetric.append(edge.symmetric)
            evidence.append(Int32(clamping: edge.evidenceCount)); confidence.append(Float(edge.confidence))
            dates.append(contentsOf: edge.dates.sorted())
            dateOffsets.append(Int32(dates.count))
        }
        self.relationNames = relationNames
        self.relationByName = relationByName
        self.edgeIDs = edgeIDs
        edgeSubject = subject; edgeObject = object; edgeRelation = relation
        edgeNegated = negated; edgeSymmetric = symmetric; edgeEvidence = evidence; edgeConfidence = confidence
        self.dateOffsets = dateOffsets
        self.dates = dates

        (outOffsets, outTargets, outEdges) = Self.adjacency(nodeCount: entities.count, from: subject, to: object, symmetric: symmetric)
        (inOffsets, inSources, inEdges) = Self.adjacency(nodeCount: entities.count, from: object, to: subject, symmetric: symmetric)

        var nodesByKey: [String: [Int32]] = [:]
        // Sized once, so the keys are not hashed again at every growth.
        nodesByKey.reserveCapacity(entities.count + aliasRows.count)
        var aliases = [[String]](repeating: [], count: entities.count)
        func add(_ spelling: String, _ node: Int32) {
            let key = AliasKey.fold(spelling)
            if let known = nodesByKey.index(forKey: key) {
                if !nodesByKey.values[known].contains(node) { nodesByKey.values[known].append(node) }
            } else {
                nodesByKey[key] = [node]
            }
        }
        for (node, name) in names.enumerated() { add(name, Int32(node)) }
        for row in aliasRows {
            guard let node = nodeByEntityID[row.entity] else { continue }
            add(row.alias, node)
            if row.alias != names[Int(node)], !aliases[Int(node)].contains(row.alias) { aliases[Int(node)].append(row.alias) }
        }
        self.nodesByKey = nodesByKey
        self.aliases = aliases
    }

    /// Counting sort of edge ends into CSR arrays.
    private static func adjacency(nodeCount: Int, from: [Int32], to: [Int32], symmetric: [Bool])
        -> ([Int32], [Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for e in from.indices {
            offsets[Int(from[e]) + 1] += 1
            if symmetric[e], from[e] != to[e] { offsets[Int(to[e]) + 1] += 1 }
        }
        for n in 0..<nodeCount { offsets[n + 1] += offsets[n] }
        var fill = Array(offsets.dropLast())
        let total = Int(offsets[nodeCount])
        var targets = [Int32](repeating: 0, count: total)
        var edges = [Int32](repeating: 0, count: total)
        func put(_ a: Int32, _ b: Int32, _ e: Int) {
            let slot = Int(fill[Int(a)])
            targets[slot] = b
            edges[slot] = Int32(e)
            fill[Int(a)] += 1
        }
        for e in from.indices {
            put(from[e], to[e], e)
            if symmetric[e], from[e] != to[e] { put(to[e], from[e], e) }
        }
        return (offsets, targets, edges)
    }

    static func relationKey(_ name: String) -> String {
        String(name.lowercased().map { $0 == "_" || $0 == "-" ? " " : $0 })
    }

    public var edgeCount: Int { edgeIDs.count }

    public func node(forEntityID id: Int) -> Int32? { nodeByEntityID[id] }

    func relationID(_ name: String) -> Int32? { relationByName[Self.relationKey(name)] }

    /// The store's view of an edge, for exporters.
    func edgeRecord(_ e: Int32) -> EdgeRecord {
        let e = Int(e)
        return EdgeRecord(id: edgeIDs[e], subject: entityIDs[Int(edgeSubject[e])], relation: relationNames[Int(edgeRelation[e])],
                          object: entityIDs[Int(edgeObject[e])], negated: edgeNegated[e], symmetric: edgeSymmetric[e],
                          evidenceCount: Int(edgeEvidence[e]), confidence: Double(edgeConfidence[e]))
    }

    func entityRecord(_ n: Int32) -> EntityRecord {
        EntityRecord(id: entityIDs[Int(n)], name: names[Int(n)], type: types[Int(n)])
    }

    func degree(_ n: Int32) -> (out: Int, in: Int) {
        let n = Int(n)
        return (Int(outOffsets[n + 1] - outOffsets[n]), Int(inOffsets[n + 1] - inOffsets[n]))
    }
}
