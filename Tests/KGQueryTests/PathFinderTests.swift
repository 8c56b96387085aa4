import Testing
@testable import KGQuery

@Suite struct PathFinderTests {
    /// Plain breadth-first distances, the reference the bidirectional search must agree with.
    func distances(from source: Int32, in graph: GraphSnapshot) -> [Int32: Int] {
        var distance: [Int32: Int] = [source: 0]
        var frontier = [source]
        while !frontier.isEmpty {
            var next: [Int32] = []
            for u in frontier {
                for i in Int(graph.outOffsets[Int(u)])..<Int(graph.outOffsets[Int(u) + 1]) {
                    let v = graph.outTargets[i]
                    if distance[v] == nil { distance[v] = distance[u]! + 1; next.append(v) }
                }
            }
            frontier = next
        }
        return distance
    }

    func isValid(_ path: GraphPath, from s: Int32, to t: Int32, in graph: GraphSnapshot) -> Bool {
        guard path.nodes.first == s, path.nodes.last == t, path.nodes.count == path.edges.count + 1 else { return false }
        for (i, e) in path.edges.enumerated() {
            let a = graph.edgeSubject[Int(e)], b = graph.edgeObject[Int(e)]
            let (u, v) = (path.nodes[i], path.nodes[i + 1])
            guard (a == u && b == v) || (graph.edgeSymmetric[Int(e)] && a == v && b == u) else { return false }
        }
        return true
    }

    @Test func bidirectionalSearchFindsShortestPaths() {
        let graph = GraphSnapshot.synthetic(nodes: 400, edges: 900, seed: 7)
        let finder = PathFinder(graph: graph)
        var random = SplitMix64(seed: 1)
        for _ in 0..<40 {
            let s = Int32(random.next() % 400)
            let reference = distances(from: s, in: graph)
            for _ in 0..<10 {
                let t = Int32(random.next() % 400)
                let path = finder.shortestPath(from: s, to: t, maxHops: 64)
                #expect(path?.hops == reference[t], "from \(s) to \(t)")
                if let path { #expect(isValid(path, from: s, to: t, in: graph)) }
            }
        }
    }

    @Test func maxHopsBoundsTheSearch() {
        let graph = GraphSnapshot.synthetic(nodes: 300, edges: 500, seed: 3)
        let finder = PathFinder(graph: graph)
        let reference = distances(from: 0, in: graph)
        for (t, d) in reference where d > 1 {
            #expect(finder.shortestPath(from: 0, to: t, maxHops: d - 1) == nil)
            #expect(finder.shortestPath(from: 0, to: t, maxHops: d)?.hops == d)
        }
    }

    @Test func kShortestPathsAreSimpleDistinctAndOrdered() {
        let graph = GraphSnapshot.synthetic(nodes: 200, edges: 800, seed: 11)
        let finder = PathFinder(graph: graph)
        var random = SplitMix64(seed: 5)
        for _ in 0..<20 {
            let s = Int32(random.next() % 200), t = Int32(random.next() % 200)
            guard s != t else { continue }
            let paths = finder.kShortestPaths(from: s, to: t, k: 5, directed: true, maxHops: 8, filter: EdgeFilter())
            #expect(Set(paths).count == paths.count)
            #expect(paths.map(\.hops) == paths.map(\.hops).sorted())
            for path in paths {
                #expect(isValid(path, from: s, to: t, in: graph))
                #expect(Set(path.nodes).count == path.nodes.count, "not simple")
            }
            if let first = paths.first { #expect(first.hops == distances(from: s, in: graph)[t]) }
        }
    }

    @Test func allShortestPathsHaveTheShortestLength() {
        let graph = GraphSnapshot.synthetic(nodes: 100, edges: 400, seed: 2)
        let finder = PathFinder(graph: graph)
        let reference = distances(from: 3, in: graph)
        for t in Int32(0)..<100 where t != 3 {
            let paths = finder.allShortestPaths(from: 3, to: t, directed: true, maxHops: 10, filter: EdgeFilter(), limit: 50)
            #expect(paths.allSatisfy { $0.hops == reference[t] && isValid($0, from: 3, to: t, in: graph) })
            #expect(Set(paths).count == paths.count)
            #expect(paths.isEmpty == (reference[t] == nil))
        }
    }

    @Test func syntheticGraphIsDeterministic() {
        let a = GraphSnapshot.synthetic(nodes: 50, edges: 120, seed: 9)
        let b = GraphSnapshot.synthetic(nodes: 50, edges: 120, seed: 9)
        #expect(a.outTargets == b.outTargets && a.edgeRelation == b.edgeRelation)
        #expect(a.edgeCount == 120 && a.nodeCount == 50)
    }
}
