/// A path through the snapshot: `nodes.count == edges.count + 1`.
public struct GraphPath: Equatable, Hashable, Sendable {
    public var nodes: [Int32]
    public var edges: [Int32]
    public var hops: Int { edges.count }
}

/// Shortest-path searches over one snapshot. Keeps its visit marks between searches
/// (stamped, so nothing is cleared per query); not for use from two threads at once.
public final class PathFinder {
    public let graph: GraphSnapshot
    /// Ends a k-shortest-paths search early (the engine then reports the interruption).
    var isInterrupted: () -> Bool = { false }
    private var stamp: UInt32 = 0
    private var seenForward: [UInt32]
    private var seenBackward: [UInt32]
    private var parentNodeForward: [Int32], parentEdgeForward: [Int32]
    private var parentNodeBackward: [Int32], parentEdgeBackward: [Int32]
    private var banned: [UInt32]
    private var distance: [Int32]

    public init(graph: GraphSnapshot) {
        self.graph = graph
        let n = graph.nodeCount
        seenForward = .init(repeating: 0, count: n)
        seenBackward = .init(repeating: 0, count: n)
        parentNodeForward = .init(repeating: -1, count: n)
        parentEdgeForward = .init(repeating: -1, count: n)
        parentNodeBackward = .init(repeating: -1, count: n)
        parentEdgeBackward = .init(repeating: -1, count: n)
        banned = .init(repeating: 0, count: n)
        distance = .init(repeating: -1, count: n)
    }

    private func nextStamp() -> UInt32 {
        if stamp == UInt32.max {
            stamp = 0
            for i in seenForward.indices { seenForward[i] = 0; seenBackward[i] = 0; banned[i] = 0 }
        }
        stamp += 1
        return stamp
    }

    /// Calls `body(neighbour, edge)` for each edge leaving `node` (or entering it when
    /// `reverse`), both ways when `undirected`.
    @inline(__always)
    private func forEachNeighbor(_ node: Int32, reverse: Bool, undirected: Bool, _ body: (Int32, Int32) -> Void) {
        let n = Int(node)
        if undirected || !reverse {
            for i in Int(graph.outOffsets[n])..<Int(graph.outOffsets[n + 1]) { body(graph.outTargets[i], graph.outEdges[i]) }
        }
        if undirected || reverse {
            for i in Int(graph.inOffsets[n])..<Int(graph.inOffsets[n + 1]) { body(graph.inSources[i], graph.inEdges[i]) }
        }
    }

    /// One shortest path by bidirectional breadth-first search, or nil within `maxHops`.
    public func shortestPath(from source: Int32, to target: Int32, directed: Bool = true, maxHops: Int = 6) -> GraphPath? {
        shortestPath(from: source, to: target, directed: directed, maxHops: maxHops, filter: EdgeFilter())
    }

    func shortestPath(from source: Int32, to target: Int32, directed: Bool, maxHops: Int, filter: EdgeFilter,
                      bannedStamp: UInt32 = 0, bannedEdges: Set<Int32> = []) -> GraphPath? {
        if source == target { return GraphPath(nodes: [source], edges: []) }
        let stamp = nextStamp()
        let undirected = !directed
        seenForward[Int(source)] = stamp
        seenBackward[Int(target)] = stamp
        var forward: [Int32] = [source], backward: [Int32] = [target]
        var hops = 0
        var meeting: Int32 = -1
        while hops < maxHops, !forward.isEmpty, !backward.isEmpty, meeting < 0 {
            // Expanding the smaller frontier keeps the search balanced.
            let expandForward = forward.count <= backward.count
            var next: [Int32] = []
            let frontier = expandForward ? forward : backward
            outer: for u in frontier {
                var found: Int32 = -1
                forEachNeighbor(u, reverse: !expandForward, undirected: undirected) { v, e in
                    if found >= 0 { return }
                    let vi = Int(v)
                    if bannedStamp != 0, banned[vi] == bannedStamp { return }
                    if graph.isConcept[vi], v != source, v != target { return }
                    if expandForward ? seenForward[vi] == stamp : seenBackward[vi] == stamp { return }
                    if !bannedEdges.isEmpty, bannedEdges.contains(e) { return }
                    guard filter.allows(e, in: graph) else { return }
                    if expandForward {
                        seenForward[vi] = stamp; parentNodeForward[vi] = u; parentEdgeForward[vi] = e
                        if seenBackward[vi] == stamp { found = v }
                    } else {
                        seenBackward[vi] = stamp; parentNodeBackward[vi] = u; parentEdgeBackward[vi] = e
                        if seenForward[vi] == stamp { found = v }
                    }
                    next.append(v)
                }
                if found >= 0 { meeting = found; break outer }
            }
            if expandForward { forward = next } else { backward = next }
            hops += 1
        }
        guard meeting >= 0 else { return nil }
        var nodes: [Int32] = [meeting], edges: [Int32] = []
        var node = meeting
        while node != source {
            edges.append(parentEdgeForward[Int(node)])
            node = parentNodeForward[Int(node)]
            nodes.append(node)
        }
        nodes.reverse(); edges.reverse()
        node = meeting
        while node != target {
            edges.append(parentEdgeBackward[Int(node)])
            node = parentNodeBackward[Int(node)]
            nodes.append(node)
        }
        return GraphPath(nodes: nodes, edges: edges)
    }

    /// Every shortest path (as edge sequences), at most `limit` of them.
    func allShortestPaths(from source: Int32, to target: Int32, directed: Bool, maxHops: Int,
                          filter: EdgeFilter, limit: Int) -> [GraphPath] {
        guard let first = shortestPath(from: source, to: target, directed: directed, maxHops: maxHops, filter: filter) else { return [] }
        let length = first.hops
        if length == 0 { return [first] }
        // Distances to the target, searched backwards up to the shortest length.
        let stamp = nextStamp()
        seenBackward[Int(target)] = stamp
        distance[Int(target)] = 0
        var frontier: [Int32] = [target]
        for level in 1...length {
            var next: [Int32] = []
            for u in frontier {
                forEachNeighbor(u, reverse: true, undirected: !directed) { v, e in
                    let vi = Int(v)
                    guard seenBackward[vi] != stamp, filter.allows(e, in: graph) else { return }
                    if graph.isConcept[vi], v != source { return }
                    seenBackward[vi] = stamp
                    distance[vi] = Int32(level)
                    next.append(v)
                }
            }
            frontier = next
        }
        // Walk forward along edges that bring the target exactly one hop closer.
        var paths: [GraphPath] = []
        var nodes: [Int32] = [source], edges: [Int32] = []
        func walk(_ u: Int32, _ remaining: Int32) {
            if paths.count >= limit { return }
            if remaining == 0 { paths.append(GraphPath(nodes: nodes, edges: edges)); return }
            var steps: [(Int32, Int32)] = []
            forEachNeighbor(u, reverse: false, undirected: !directed) { v, e in
                let vi = Int(v)
                if seenBackward[vi] == stamp, distance[vi] == remaining - 1, filter.allows(e, in: graph) { steps.append((v, e)) }
            }
            for (v, e) in steps {
                nodes.append(v); edges.append(e)
                walk(v, remaining - 1)
                nodes.removeLast(); edges.removeLast()
            }
        }
        walk(source, Int32(length))
        return paths
    }

    /// The `k` shortest simple paths, shortest first (Yen's algorithm over breadth-first search).
    func kShortestPaths(from source: Int32, to target: Int32, k: Int, directed: Bool, maxHops: Int,
                        filter: EdgeFilter) -> [GraphPath] {
        guard let first = shortestPath(from: source, to: target, directed: directed, maxHops: maxHops, filter: filter) else { return [] }
        var accepted = [first]
        var candidates: [GraphPath] = []
        while accepted.count < k, !isInterrupted() {
            let previous = accepted[accepted.count - 1]
            for i in 0..<previous.hops {
                let spur = previous.nodes[i]
                let rootNodes = Array(previous.nodes[0...i]), rootEdges = Array(previous.edges[0..<i])
                var bannedEdges: Set<Int32> = []
                for path in accepted where path.hops > i && Array(path.nodes[0...i]) == rootNodes
                    && Array(path.edges[0..<i]) == rootEdges {
                    bannedEdges.insert(path.edges[i])
                }
                let bannedStamp = nextStamp()
                for node in rootNodes.dropLast() { banned[Int(node)] = bannedStamp }
                guard let spurPath = shortestPath(from: spur, to: target, directed: directed, maxHops: maxHops - i,
                                                  filter: filter, bannedStamp: bannedStamp, bannedEdges: bannedEdges)
                else { continue }
                let candidate = GraphPath(nodes: rootNodes + spurPath.nodes.dropFirst(), edges: rootEdges + spurPath.edges)
                if !accepted.contains(candidate), !candidates.contains(candidate) { candidates.append(candidate) }
            }
            guard let best = candidates.indices.min(by: { candidates[$0].hops < candidates[$1].hops }) else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }
}
