import Foundation
import KGQuery
import KGStore

/// Query latency on `GraphSnapshot.synthetic`: the same seeded graph and the same seeded
/// queries every run, each query timed alone, wall clock.
enum BenchGraph {
    static func run(nodes: Int, edges: Int, queries: Int, scratch: Store) throws -> BenchReport.Graph {
        let build = Stopwatch()
        let graph = GraphSnapshot.synthetic(nodes: nodes, edges: edges)
        let queryRunner = SnapshotQueries(graph: graph, store: scratch)
        let buildSeconds = build.wall
        var random = SplitMix64(seed: 7)
        func node() -> Int { Int(random.next() % UInt64(nodes)) }

        var directed: [Double] = [], undirected: [Double] = [], search: [Double] = [], pattern: [Double] = []
        var found = 0, rows = 0
        let finder = PathFinder(graph: graph)
        for _ in 0..<queries {
            let a = node(), b = node()
            let result = try timed(&directed) { try queryRunner.run("path N\(a) -> N\(b)") }
            if result.columns.contains("hops") { found += 1 }
            _ = try timed(&undirected) { try queryRunner.run("path N\(a) -- N\(b)") }
            _ = timed(&search) { finder.shortestPath(from: Int32(a), to: Int32(b)) }
        }
        let relations = graph.relationNames
        for i in 0..<queries {
            let n = node(), r = relations[Int(random.next() % UInt64(relations.count))]
            let text = switch i % 3 {
            case 0: "N\(n) -[\(r)]-> ?x"
            case 1: "?x -[*]-> N\(n)"
            default: "N\(n) -[*]-> ?x -[\(r)]-> ?y"
            }
            rows += try timed(&pattern) { try queryRunner.run(text) }.rows.count
        }
        return BenchReport.Graph(
            nodes: graph.nodeCount, edges: graph.edgeCount, buildSeconds: buildSeconds, queries: queries,
            pathP50Ms: percentile(directed, 50), pathP99Ms: percentile(directed, 99), pathFound: found,
            undirectedP50Ms: percentile(undirected, 50), undirectedP99Ms: percentile(undirected, 99),
            searchP50Ms: percentile(search, 50), searchP99Ms: percentile(search, 99),
            patternP50Ms: percentile(pattern, 50), patternP99Ms: percentile(pattern, 99), patternRows: rows,
            peakRSSMb: BenchClock.peakResidentMegabytes())
    }

    /// Runs `body`, appending its wall time in milliseconds to `samples`.
    private static func timed<T>(_ samples: inout [Double], _ body: () throws -> T) rethrows -> T {
        let start = BenchClock.wall()
        let result = try body()
        samples.append((BenchClock.wall() - start) * 1000)
        return result
    }
}
